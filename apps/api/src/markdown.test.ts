import { describe, expect, it } from 'vitest';
import { cookMarkdown, markdownToText, mentionedHandles } from './markdown.ts';

// Payloads in the manner of the OWASP XSS filter evasion cheat sheet, written as Markdown.
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '[x](https://example.org "title\\" onmouseover=\\"alert(1)")',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '`<script>alert(1)</script>`',
  '<details open ontoggle=alert(1)>',
  '[x](//evil.example/steal)',
];

describe('cookMarkdown', () => {
  it('renders the Markdown people write: emphasis, lists, links, headings kept below the page title', () => {
    const html = cookMarkdown('# Work\n\n**Service design** at *the region*.\n\n- one\n- two\n');
    expect(html).toContain('<h3>Work</h3>');
    expect(cookMarkdown('## Part\n\n### Detail')).toBe('<h4>Part</h4>\n<h5>Detail</h5>');
    expect(html).toContain('<strong>Service design</strong>');
    expect(html).toContain('<em>the region</em>');
    expect(html).toContain('<li>one</li>');
  });

  it('marks every link nofollow, noopener and ugc, opening in a new tab', () => {
    const html = cookMarkdown('See https://www.la27eregion.fr and [the lab](https://lab.example).');
    expect(html).toContain(
      '<a href="https://www.la27eregion.fr" rel="nofollow noopener ugc" target="_blank">',
    );
    expect(html).toContain(
      '<a href="https://lab.example" rel="nofollow noopener ugc" target="_blank">',
    );
  });

  it.each(payloads)('leaves nothing executable of %s', (payload) => {
    // What a browser would treat as markup: the tags. Escaped text (&lt;script&gt;) is harmless.
    const tags = cookMarkdown(payload).match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) {
      expect(tag).toMatch(/^<(p|code|a|strong|em)[\s>]/);
      expect(tag).not.toMatch(/\son\w+=|style=/i);
      expect(tag).not.toMatch(/href="(?!https?:\/\/[^/])/i);
    }
  });

  it('gives an empty string for an empty source', () => {
    expect(cookMarkdown('  \n')).toBe('');
  });

  it('links @handles of existing members to their profile, and nothing else', () => {
    const mentions = new Map([['amra', 'amra']]);
    const html = cookMarkdown(
      'Ask @amra or @nobody; mail amra@agency.gov; `@amra` in code; [@amra](https://x.example)',
      mentions,
    );
    expect(html.match(/class="mention"/g)).toHaveLength(1);
    expect(html).toContain('Ask <a href="/members/amra" class="mention">@amra</a> or @nobody;');
    expect(html).toContain('<code>@amra</code>');
  });

  it('keeps a forged mention link from becoming an internal mention', () => {
    const html = cookMarkdown(
      '[x](/members/amra "mention") <a class="mention" href="javascript:x">y</a>',
    );
    expect(html).not.toContain('class="mention"');
    expect(html).not.toContain('href="javascript');
  });
});

describe('mentionedHandles', () => {
  it('finds each @handle once, lower-cased, but not e-mail addresses', () => {
    expect(mentionedHandles('@Amra and @bruno-l, again @amra; amra@agency.gov')).toEqual([
      'amra',
      'bruno-l',
    ]);
  });

  it('leaves out mentions in quoted lines when asked to', () => {
    expect(mentionedHandles('> @amra said so\n\nThanks @bruno', { outsideQuotes: true })).toEqual([
      'bruno',
    ]);
  });
});

describe('markdownToText', () => {
  it('keeps the words of headings and emphasis, and writes links as "text (address)"', () => {
    expect(
      markdownToText('## Plan\n\nWe **tried** a [pilot](https://pilot.example.org) in `Mostar`.'),
    ).toBe('Plan\n\nWe tried a pilot (https://pilot.example.org) in Mostar.');
  });

  it('writes an address once when the text is the address', () => {
    expect(markdownToText('See https://a.example.org or <https://b.example.org>.')).toBe(
      'See https://a.example.org or https://b.example.org.',
    );
  });

  it('puts list items and table rows on lines of their own, and keeps code as written', () => {
    expect(markdownToText('Agenda:\n\n- one\n  1. first\n- two\n\n```\n**not bold**\n```')).toBe(
      'Agenda:\n\n- one\n  1. first\n- two\n\n**not bold**',
    );
    expect(markdownToText('| who | what |\n| --- | --- |\n| Amra | portal |')).toBe(
      'who | what\nAmra | portal',
    );
  });

  it('returns an empty text for an empty source', () => {
    expect(markdownToText('  \n')).toBe('');
  });
});

import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Markdown is cooked to HTML once, when written, and the HTML is stored beside the source.
// markdown-it never passes raw HTML through (html: false) and refuses javascript: links; the
// sanitiser after it is the second lock: whatever a parser bug lets by, only this allowlist
// survives.

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: true });
markdown.disable(['image']);

/** `@handle` where a handle may start: not inside a word, an e-mail address or a path. */
const MENTION = /(^|[^\p{L}\p{N}_@/.-])@([a-z0-9][a-z0-9-]{1,28}[a-z0-9])(?![\p{L}\p{N}_-])/giu;

/**
 * The handles a text mentions, lower-cased, each once. With `outsideQuotes`, mentions in quoted
 * lines (`> …`) are left out: quoting someone's reply does not mention its people again.
 */
export function mentionedHandles(source: string, { outsideQuotes = false } = {}): string[] {
  const text = outsideQuotes
    ? source
        .split('\n')
        .filter((line) => !/^\s{0,3}>/.test(line))
        .join('\n')
    : source;
  return [...new Set([...text.matchAll(MENTION)].map((match) => (match[2] ?? '').toLowerCase()))];
}

type Token = ReturnType<MarkdownIt['parseInline']>[number];

// Mentions become links once the text is parsed, so that `@handle` inside code or a link stays
// as written; only handles of existing members (the env's map) are linked.
markdown.core.ruler.push('mentions', (state) => {
  const handles = (state.env as { mentions?: ReadonlyMap<string, string> }).mentions;
  if (!handles || handles.size === 0) return;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    let linkDepth = 0;
    const children: Token[] = [];
    for (const token of block.children) {
      if (token.type === 'link_open') linkDepth += 1;
      if (token.type === 'link_close') linkDepth -= 1;
      if (token.type !== 'text' || linkDepth > 0) {
        children.push(token);
        continue;
      }
      let rest = 0;
      for (const match of token.content.matchAll(MENTION)) {
        const handle = handles.get((match[2] ?? '').toLowerCase());
        if (!handle) continue;
        const start = (match.index ?? 0) + (match[1] ?? '').length;
        const text = (content: string) => {
          const piece = new state.Token('text', '', 0);
          piece.content = content;
          return piece;
        };
        if (start > rest) children.push(text(token.content.slice(rest, start)));
        const open = new state.Token('link_open', 'a', 1);
        open.attrs = [
          ['href', `/members/${handle}`],
          ['class', 'mention'],
        ];
        children.push(open, text(`@${handle}`), new state.Token('link_close', 'a', -1));
        rest = start + 1 + (match[2] ?? '').length;
      }
      if (rest === 0) children.push(token);
      else if (rest < token.content.length) {
        const tail = new state.Token('text', '', 0);
        tail.content = token.content.slice(rest);
        children.push(tail);
      }
    }
    block.children = children;
  }
});

const LINK_REL = 'nofollow noopener ugc';

const allowlist: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target', 'class'], ol: ['start'] },
  allowedClasses: { a: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Headings inside a post sit below the page's own h1 and h2.
  transformTags: {
    h1: 'h3',
    h2: 'h4',
    h3: 'h5',
    h4: 'h6',
    h5: 'h6',
    // A mention stays in the app; every other link opens outside it.
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const { class: linkClass, ...rest } = attribs;
      return linkClass === 'mention' && rest.href?.startsWith('/members/')
        ? { tagName, attribs: { href: rest.href, class: 'mention' } }
        : { tagName, attribs: { ...rest, rel: LINK_REL, target: '_blank' } };
    },
  },
};

/**
 * Renders a member's Markdown to HTML that is safe to insert into a page as it is; `mentions`
 * maps lower-cased handles of existing members to their handle, to link `@handle`.
 */
export function cookMarkdown(source: string, mentions?: ReadonlyMap<string, string>): string {
  if (source.trim() === '') return '';
  return sanitizeHtml(markdown.render(source, { mentions }), allowlist).trim();
}

/** The words of a run of inline Markdown, each link followed by its address. */
function inlineText(tokens: Token[]): string {
  let text = '';
  const links: { href: string; start: number; shown: boolean }[] = [];
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
    else if (token.type === 'link_open') {
      // An address written out (linkify, <autolink>) is its own text already.
      const shown = token.markup === 'linkify' || token.markup === 'autolink';
      links.push({ href: token.attrGet('href') ?? '', start: text.length, shown });
    } else if (token.type === 'link_close') {
      const link = links.pop();
      if (link && !link.shown && link.href && text.slice(link.start) !== link.href) {
        text += ` (${link.href})`;
      }
    }
  }
  return text;
}

/**
 * Markdown as plain text, for where no HTML goes (a calendar's description): headings and
 * emphasis keep their words, a link becomes "text (address)", list items start with "- " or
 * their number, table rows join their cells with " | ", and blocks are a blank line apart.
 */
export function markdownToText(source: string): string {
  const blocks: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let marker = '';
  let row: string[] | null = null;
  // Items of a list and rows of a table follow each other line by line; other blocks stand apart.
  let tight = false;
  const add = (text: string, lineByLine = lists.length > 0) => {
    const indent = '  '.repeat(Math.max(0, lists.length - 1));
    const line = lists.length > 0 ? `${indent}${marker || '  '}${text}` : text;
    blocks.push(blocks.length === 0 ? line : `${tight && lineByLine ? '\n' : '\n\n'}${line}`);
    tight = lineByLine;
    marker = '';
  };
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'bullet_list_open') lists.push({ ordered: false, next: 0 });
    else if (token.type === 'ordered_list_open') {
      lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      lists.pop();
      tight = lists.length > 0;
    } else if (token.type === 'list_item_open') {
      const list = lists.at(-1);
      marker = list?.ordered ? `${list.next++}. ` : '- ';
    } else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) {
      add(row.join(' | '), true);
      row = null;
    } else if (token.type === 'table_close') {
      tight = false;
    } else if (token.type === 'inline') {
      const text = inlineText(token.children ?? []);
      if (row) row.push(text);
      else add(text);
    } else if (token.type === 'fence' || token.type === 'code_block') {
      add(token.content.replace(/\n$/, ''));
    }
  }
  return blocks.join('').trim();
}

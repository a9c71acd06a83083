import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Markdown is cooked to HTML once, when written, and the HTML is stored beside the source.
// markdown-it never passes raw HTML through (html: false) and refuses javascript: links; the
// sanitiser after it is the second lock: whatever a parser bug lets by, only this allowlist
// survives.

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: true });
markdown.disable(['image']);

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
  allowedAttributes: { a: ['href', 'rel', 'target'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Headings inside a post sit below the page's own h1 and h2.
  transformTags: {
    h1: 'h3',
    h2: 'h4',
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: LINK_REL, target: '_blank' },
    }),
  },
};

/** Renders a member's Markdown to HTML that is safe to insert into a page as it is. */
export function cookMarkdown(source: string): string {
  if (source.trim() === '') return '';
  return sanitizeHtml(markdown.render(source), allowlist).trim();
}

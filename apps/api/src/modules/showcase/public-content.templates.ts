import { type Locale, locales } from '@praxis/i18n/locales';
import type { Translate } from '@praxis/i18n/translate';
import sanitizeHtml from 'sanitize-html';
import { shorten } from '../../lib/mail-layout.tsx';
import type { PublicCredit, PublicFilters, PublicKind } from './public-pages.repository.ts';

// What the public pages say beyond their layout: their addresses, the copied text made fit for
// the public web, and the metadata search engines and link previews read.

/** The showcase's first page in a language. */
export const homePath = (locale: Locale) => `/showcase/${locale}`;

/** An item's public page in a language. */
export const itemPath = (locale: Locale, kind: PublicKind, slug: string) =>
  `/showcase/${locale}/${kind === 'lesson' ? 'lessons' : 'pilots'}/${slug}`;

/** The query of the first page for these filters (and page), in a fixed order; '' for none. */
export function homeQuery(filters: PublicFilters, before?: string): string {
  const params = new URLSearchParams();
  for (const name of ['topic', 'language', 'stage', 'kind'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (before) params.set('before', before);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** OpenGraph names a language with its territory. */
export const ogLocale: Record<Locale, string> = {
  en: 'en_GB',
  fr: 'fr_FR',
  bs: 'bs_BA',
  hr: 'hr_HR',
  'sr-Latn': 'sr_RS',
};

export const otherLocales = (locale: Locale) => locales.filter((each) => each !== locale);

/** A tag for an element marking a link or mention that cannot go out, and what it stood for. */
const CLOSED = 'praxis-closed';

/**
 * Whether a link in a member's text leads into the closed app: a mention of a member, any
 * address on this server but the showcase, or one with no scheme (a path of the app).
 */
function closedLink(attribs: sanitizeHtml.Attributes, origin: string): 'member' | 'link' | null {
  if (attribs.class === 'mention') return 'member';
  const href = attribs.href ?? '';
  if (!/^(https?:|mailto:)/i.test(href)) return 'link';
  try {
    const url = new URL(href);
    // By host, not origin: the same server under the other scheme is the closed app too.
    if (url.host === new URL(origin).host && !url.pathname.startsWith('/showcase/')) {
      return 'link';
    }
  } catch {
    return 'link';
  }
  return null;
}

/**
 * A lesson's or pilot's cooked HTML as the public may read it. The copy was cooked for members:
 * a mention links to a member's profile and names their handle, and a member may have linked a
 * thread of the app. Those become words ("a member", "a page for members"); every other link
 * leaves the site as a member's link does. The markdown allowlist applies again.
 */
export function publicHtml(html: string, t: Translate, origin: string): string {
  const cleaned = sanitizeHtml(html, {
    allowedTags: [
      ...['p', 'br', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a'],
      ...['h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', CLOSED],
    ],
    allowedAttributes: { a: ['href', 'rel'], ol: ['start'], [CLOSED]: ['data-kind'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs): sanitizeHtml.Tag => {
        const closed = closedLink(attribs, origin);
        return closed
          ? { tagName: CLOSED, attribs: { 'data-kind': closed } }
          : { tagName, attribs: { href: attribs.href ?? '', rel: 'nofollow noopener ugc' } };
      },
    },
  });
  const host = new URL(origin).host;
  return withoutClosedAddresses(cleaned, host, t).replace(
    new RegExp(`<${CLOSED} data-kind="(member|link)">([\\s\\S]*?)</${CLOSED}>`, 'g'),
    (_all, kind: string, inner: string) => {
      if (kind === 'member') return escapeText(t('showcase.content.member'));
      // Words a member gave their link stay; an address, which names the closed page, does not.
      const words = plainText(inner);
      return words && !/[/@]|\.\w/.test(words) && !words.includes(host)
        ? escapeText(words)
        : escapeText(t('showcase.content.closedLink'));
    },
  );
}

/**
 * An address of this server outside the showcase written as text (in a code span, say) names a
 * closed page as surely as a link does: it becomes the same words.
 */
function withoutClosedAddresses(html: string, host: string, t: Translate): string {
  const escapedHost = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const address = new RegExp(
    `(?:https?:)?//${escapedHost}(?![\\w.-])(?!/showcase/)[^\\s<>"']*`,
    'gi',
  );
  return html.replace(address, () => escapeText(t('showcase.content.closedLink')));
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
  '&amp;': '&',
};

/** The words of an HTML fragment, on one line. */
export function plainText(html: string): string {
  return sanitizeHtml(html.replace(/<(\/p|br|\/li|\/h\d)>/g, '$& '), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&(lt|gt|quot|#39|#x27|nbsp|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short description of an item from its first text, for lists, link previews and feeds. */
export function excerptOf(html: string, t: Translate, origin: string, max = 220): string {
  return shorten(plainText(publicHtml(html, t, origin)), max);
}

/** A credit as schema.org reads it. */
const creditAsSchema = (credit: PublicCredit) => ({
  '@type': credit.as === 'person' ? 'Person' : 'Organization',
  name: credit.name,
});

interface ItemSchema {
  kind: PublicKind;
  title: string;
  description: string;
  language: string;
  url: string;
  publishedAt: Date;
  tags: string[];
  credits: PublicCredit[];
  organisations: string[];
  network: { name: string; url: string };
}

/**
 * A lesson as an Article, a pilot as a CreativeWork: authored by the people and organisations
 * that consented to be shown, or by the network when none did; published by the network.
 */
export function itemSchema(item: ItemSchema) {
  const publisher = { '@type': 'Organization', name: item.network.name, url: item.network.url };
  return {
    '@context': 'https://schema.org',
    '@type': item.kind === 'lesson' ? 'Article' : 'CreativeWork',
    headline: item.title,
    name: item.title,
    description: item.description,
    inLanguage: item.language,
    url: item.url,
    mainEntityOfPage: item.url,
    datePublished: item.publishedAt.toISOString(),
    keywords: item.tags.join(', '),
    author: item.credits.length > 0 ? item.credits.map(creditAsSchema) : [publisher],
    publisher,
    ...(item.organisations.length > 0
      ? { contributor: item.organisations.map((name) => ({ '@type': 'Organization', name })) }
      : {}),
  };
}

/** The first page as a collection of the items it lists. */
export function homeSchema(home: {
  title: string;
  description: string;
  locale: Locale;
  url: string;
  network: { name: string; url: string };
  items: { title: string; url: string }[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: home.title,
    description: home.description,
    inLanguage: home.locale,
    url: home.url,
    publisher: { '@type': 'Organization', name: home.network.name, url: home.network.url },
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: home.items.map((item, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: item.url,
        name: item.title,
      })),
    },
  };
}

/**
 * Where "Join the network?" leads: a mailto: link for an e-mail address, the address itself for
 * an http(s) URL, nothing for anything else.
 */
export function contactHref(contact: string | null): string | null {
  const value = contact?.trim();
  if (!value) return null;
  if (/^https?:\/\//i.test(value)) return value;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  return null;
}

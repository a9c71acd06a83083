import { type Locale, locales } from '@praxis/i18n/locales';
import { homePath, itemPath } from './public-content.templates.ts';
import type { PublicCredit, PublicKind } from './public-pages.repository.ts';

// The showcase as machines read it: an Atom feed of new items, the sitemap and robots.txt.

/** Whether XML 1.0 allows the character at all: tab, line ends, and from space on. */
const allowedInXml = (character: string) => {
  const code = character.codePointAt(0) ?? 0;
  return (
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code < 0xfffe) || code > 0xffff
  );
};

const escapeXml = (text: string) =>
  [...text]
    .filter(allowedInXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export interface FeedEntry {
  kind: PublicKind;
  slug: string;
  title: string;
  language: Locale;
  summary: string;
  publishedAt: Date;
  credits: PublicCredit[];
}

export interface FeedModel {
  origin: string;
  locale: Locale;
  title: string;
  subtitle: string;
  network: string;
  entries: FeedEntry[];
}

/**
 * An entry's id for good: a `tag:` URI (RFC 4151) of the public origin's host, the day it was
 * published and its slug, which never changes and is never reused; never a database id.
 */
export function entryId(origin: string, entry: Pick<FeedEntry, 'kind' | 'slug' | 'publishedAt'>) {
  const host = new URL(origin).hostname;
  const day = entry.publishedAt.toISOString().slice(0, 10);
  return `tag:${host},${day}:showcase/${entry.kind}/${entry.slug}`;
}

const author = (name: string) => `<author><name>${escapeXml(name)}</name></author>`;

/** Atom 1.0: the newest items first, each authored as its people consented, else by the network. */
export function atomFeed(feed: FeedModel): string {
  const self = `${feed.origin}/showcase/feed.atom`;
  const updated = feed.entries[0]?.publishedAt ?? new Date(0);
  const entries = feed.entries.map((entry) => {
    const link = `${feed.origin}${itemPath(feed.locale, entry.kind, entry.slug)}`;
    const authors =
      entry.credits.length > 0 ? entry.credits.map((each) => each.name) : [feed.network];
    return [
      `<entry xml:lang="${entry.language}">`,
      `<id>${escapeXml(entryId(feed.origin, entry))}</id>`,
      `<title>${escapeXml(entry.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `<published>${entry.publishedAt.toISOString()}</published>`,
      `<updated>${entry.publishedAt.toISOString()}</updated>`,
      ...authors.map(author),
      `<summary>${escapeXml(entry.summary)}</summary>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">`,
    `<id>${escapeXml(self)}</id>`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `<updated>${updated.toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(`${feed.origin}${homePath(feed.locale)}`)}"/>`,
    author(feed.network),
    ...entries,
    '</feed>',
  ].join('\n');
}

export interface SitemapAddress {
  /** The page's path in a language. */
  pathIn(locale: Locale): string;
  lastModified: Date | null;
}

/** Every page in every language, each listing its translations (and x-default). */
export function sitemap(
  origin: string,
  defaultLocale: Locale,
  addresses: SitemapAddress[],
): string {
  const urls = addresses.flatMap((address) => {
    const alternates = [
      ...locales.map(
        (each) =>
          `<xhtml:link rel="alternate" hreflang="${each}" href="${escapeXml(origin + address.pathIn(each))}"/>`,
      ),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(origin + address.pathIn(defaultLocale))}"/>`,
    ].join('');
    return locales.map((locale) =>
      [
        '<url>',
        `<loc>${escapeXml(origin + address.pathIn(locale))}</loc>`,
        address.lastModified ? `<lastmod>${address.lastModified.toISOString()}</lastmod>` : '',
        alternates,
        '</url>',
      ].join(''),
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
  ].join('\n');
}

/**
 * Crawlers may read the showcase (and the sitemap that lists it) and nothing else; with the
 * showcase off, nothing at all.
 */
export function robotsTxt(origin: string, showcaseOpen: boolean): string {
  if (!showcaseOpen) return 'User-agent: *\nDisallow: /\n';
  return [
    'User-agent: *',
    'Allow: /showcase/',
    'Allow: /showcase$',
    'Allow: /sitemap.xml$',
    'Disallow: /',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

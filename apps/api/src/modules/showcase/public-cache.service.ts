import { createHash } from 'node:crypto';

// Rendered public pages, kept in this instance's memory for a short while: a page's items are
// read with the rules of what may be public (several subqueries per item) and their people's
// names, and crawlers ask for the same pages again and again. Every change to the showcase
// (published, withdrawn, consent taken back, on any instance: the bus) empties it; a cached page
// is served only after checking, in one small query, that every item on it is still public, so
// a lesson narrowed to a cohort or whose source went off the record leaves at once.

/** How many pages one instance keeps: the newest ones; filters and pages make many addresses. */
export const CACHED_PAGES = 300;
/** How long a page is kept, for what no event announces (a member's new name or organisation). */
export const CACHE_TTL_MS = 60_000;

export interface RenderedPage {
  status: number;
  type: string;
  body: string;
  /** A strong validator of the body, quoted. */
  etag: string;
}

interface Entry {
  page: RenderedPage;
  /** The items the page shows, by slug: it stands while all of them are public. */
  slugs: string[];
  storedAt: number;
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

export function renderedPage(status: number, type: string, body: string): RenderedPage {
  return { status, type, body, etag: etagOf(body) };
}

/** A page together with the items it shows; only a 200 is kept. */
export interface BuiltPage {
  page: RenderedPage;
  slugs: string[];
}

/** What a page depends on besides its items: the network's name, colour, address, contact. */
export interface NetworkLook {
  name: string;
  publicUrl: string;
  accentColour: string;
  logoVersion: string | null;
  showcaseContact: string | null;
  defaultLocale: string;
}

/** A cache key: the page's own parts, and the network's look, so that a change of it is a miss. */
export function pageKey(network: NetworkLook, ...parts: string[]): string {
  const { name, publicUrl, accentColour, logoVersion, showcaseContact, defaultLocale } = network;
  return JSON.stringify([
    name,
    publicUrl,
    accentColour,
    logoVersion,
    showcaseContact,
    defaultLocale,
    ...parts,
  ]);
}

/**
 * `stillPublic` says whether every one of some items (by slug) is public now, in one query.
 */
export function createPageCache(
  stillPublic: (slugs: string[]) => Promise<boolean>,
  options: { size?: number; ttlMs?: number } = {},
) {
  const size = options.size ?? CACHED_PAGES;
  const ttlMs = options.ttlMs ?? CACHE_TTL_MS;
  const entries = new Map<string, Entry>();

  /** The page under `key`, if kept, fresh, and all its items are still public. */
  async function get(key: string): Promise<RenderedPage | null> {
    const entry = entries.get(key);
    if (!entry) return null;
    if (Date.now() - entry.storedAt > ttlMs || !(await stillPublic(entry.slugs))) {
      entries.delete(key);
      return null;
    }
    return entry.page;
  }

  function set(key: string, page: RenderedPage, slugs: string[]) {
    entries.delete(key);
    entries.set(key, { page, slugs, storedAt: Date.now() });
    // A Map keeps insertion order: the first key is the oldest page.
    while (entries.size > size) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  }

  return {
    /** The kept page under `key`, or the one `build` makes (kept if it is a 200). */
    async through(key: string, build: () => Promise<BuiltPage>): Promise<RenderedPage> {
      const kept = await get(key);
      if (kept) return kept;
      const built = await build();
      if (built.page.status === 200) set(key, built.page, built.slugs);
      return built.page;
    },
    clear() {
      entries.clear();
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

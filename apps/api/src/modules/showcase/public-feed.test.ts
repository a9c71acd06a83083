import { createMember } from '@praxis/db/testing/factories';
import { locales } from '@praxis/i18n/locales';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceShowcaseChange,
  storePilot,
  storeShowcaseItem,
} from '../../testing/showcase-public.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// The feed and the sitemap, read by parsers that owe nothing to the code that wrote them.

let t: TestApp;
const items: Record<string, { id: string; slug: string }> = {};
let addresses = 0;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ivo = await createMember(db, { name: 'Ivo Named' });
  const ana = await createMember(db, { name: 'Ana Org', profile: { organisation: 'Zagreb City' } });
  const eda = await createMember(db, { name: 'Eda Hidden' });
  const store = async (key: string, title: string, extra: object, at: string) => {
    const pilotId = await storePilot(db, title);
    items[key] = await storeShowcaseItem(t, {
      pilotId,
      title,
      publishedAt: new Date(at),
      ...extra,
    });
  };
  await store(
    'credited',
    'Green procurement',
    {
      language: 'hr',
      summaryHtml: '<p>Buying <strong>green</strong> &amp; cheaper.</p>',
      credits: [
        { memberId: ivo.id, answer: 'name' },
        { memberId: ana.id, answer: 'organisation' },
        { memberId: eda.id, answer: 'hidden' },
      ],
    },
    '2026-10-01T08:00:00.000Z',
  );
  await store(
    'uncredited',
    'Tricky <title> & "quotes"\u0007',
    {
      credits: [{ memberId: eda.id, answer: 'hidden' }],
    },
    '2026-11-15T12:00:00.000Z',
  );
  await store('withdrawn', 'Withdrawn pilot', { status: 'withdrawn' }, '2026-11-20T12:00:00.000Z');
  await store(
    'waiting',
    'Waiting pilot',
    { status: 'awaiting_consent' },
    '2026-11-21T12:00:00.000Z',
  );
});
afterAll(() => t.close());

function visit(url: string) {
  addresses += 1;
  return t.app.inject({ method: 'GET', url, remoteAddress: `10.44.0.${addresses}` });
}

describe('GET /showcase/feed.atom', () => {
  it('is well-formed Atom 1.0 that an independent parser reads: titles, links, authors as consented', async () => {
    const response = await visit('/showcase/feed.atom');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const feed = parseFeed(response.body).toJSON();
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.title).toBe('Praxis: lessons and pilots');
    expect(feed.self).toBe('http://praxis.test/showcase/feed.atom');
    expect(feed.url).toBe('http://praxis.test/showcase/en');
    expect(feed.authors.map((author) => author.name)).toEqual(['Praxis']);
    const entries = feed.items.map((item) => ({
      id: item.id,
      title: item.title,
      url: item.url,
      published: item.published ? new Date(item.published).toISOString() : null,
      authors: item.authors.map((author) => author.name),
      description: item.description,
    }));
    const uncredited = items.uncredited?.slug;
    const credited = items.credited?.slug;
    expect(entries).toEqual([
      {
        id: `tag:praxis.test,2026-11-15:showcase/pilot/${uncredited}`,
        title: 'Tricky <title> & "quotes"',
        url: `http://praxis.test/showcase/en/pilots/${uncredited}`,
        published: '2026-11-15T12:00:00.000Z',
        authors: ['Praxis'],
        description: 'Summary of Tricky <title> & "quotes"',
      },
      {
        id: `tag:praxis.test,2026-10-01:showcase/pilot/${credited}`,
        title: 'Green procurement',
        url: `http://praxis.test/showcase/en/pilots/${credited}`,
        published: '2026-10-01T08:00:00.000Z',
        authors: ['Ivo Named', 'Zagreb City'],
        description: 'Buying green & cheaper.',
      },
    ]);
  });

  it('keeps each entry id when the feed is written again, and names no database id', async () => {
    const before = parseFeed((await visit('/showcase/feed.atom')).body).toJSON();
    await announceShowcaseChange(t, items.credited?.id ?? '');
    const after = parseFeed((await visit('/showcase/feed.atom')).body).toJSON();
    expect(after.items.map((item) => item.id)).toEqual(before.items.map((item) => item.id));
    for (const { id } of Object.values(items)) {
      expect((await visit('/showcase/feed.atom')).body).not.toContain(id);
    }
  });
});

describe('GET /sitemap.xml', () => {
  it('lists the first page and each public item in every language, each with all its alternates', async () => {
    const response = await visit('/sitemap.xml');
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(response.body) as {
      urlset: {
        url: {
          loc: string;
          lastmod?: string;
          'xhtml:link': { '@_hreflang': string; '@_href': string }[];
        }[];
      };
    };
    const urls = parsed.urlset.url;
    const paths = (slug: string) =>
      locales.map((locale) => `http://praxis.test/showcase/${locale}/pilots/${slug}`);
    expect(urls.map((url) => url.loc)).toEqual([
      ...locales.map((locale) => `http://praxis.test/showcase/${locale}`),
      ...paths(items.uncredited?.slug ?? ''),
      ...paths(items.credited?.slug ?? ''),
    ]);
    const item = urls.find((url) => url.loc.endsWith(`/hr/pilots/${items.credited?.slug}`));
    expect(item?.lastmod).toBe('2026-10-01T08:00:00.000Z');
    expect(item?.['xhtml:link'].map((link) => [link['@_hreflang'], link['@_href']])).toEqual([
      ...locales.map((locale, index) => [locale, paths(items.credited?.slug ?? '')[index]]),
      ['x-default', `http://praxis.test/showcase/en/pilots/${items.credited?.slug}`],
    ]);
    expect(response.body).not.toMatch(/Withdrawn pilot|Waiting pilot/);
    expect(response.body).not.toContain(items.withdrawn?.slug);
  });
});

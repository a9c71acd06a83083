import { createMember, createProgramme, TEST_PASSWORD } from '@praxis/db/testing/factories';
import type { Locale } from '@praxis/i18n/locales';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText, storePilot, storeShowcaseItem } from '../../testing/showcase-public.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { PAGE_SIZE } from './public-pages.service.ts';

// The showcase's first page: newest first a page at a time (keyset: what is published meanwhile
// never shifts a later page), filtered by plain GET forms, and a way to ask about joining that
// leads to the organisers, never to a page of the closed app.

let t: TestApp;
let adminCookie: string;
let addresses = 0;
const titles: string[] = [];
const start = Date.now() - 60 * 60 * 1000;

const SPECS: {
  tags: string[];
  language: Locale;
  stage: 'idea' | 'pilot' | 'scaled';
}[] = Array.from({ length: PAGE_SIZE + 3 }, (_, index) => ({
  tags: index % 3 === 0 ? ['mobility'] : ['budgeting'],
  language: index % 4 === 0 ? 'hr' : 'en',
  stage: index % 5 === 0 ? 'scaled' : index % 2 === 0 ? 'idea' : 'pilot',
}));

beforeAll(async () => {
  t = await createTestApp();
  const admin = await createMember(t.database.db, { role: 'admin' });
  adminCookie = await t.signIn(admin.email, TEST_PASSWORD);
  const programme = await createProgramme(t.database.db, 'Public Sector Innovation BiH');
  for (const [index, spec] of SPECS.entries()) {
    const title = `Pilot number ${String(index).padStart(2, '0')}`;
    const pilotId = await storePilot(t.database.db, title, programme.id);
    await storeShowcaseItem(t, {
      pilotId,
      title,
      ...spec,
      publishedAt: new Date(start + index * 60_000),
    });
    titles.push(title);
  }
});
afterAll(() => t.close());

function visit(url: string) {
  addresses += 1;
  return t.app.inject({
    method: 'GET',
    url,
    remoteAddress: `10.41.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`,
  });
}

/** The item titles a list page shows, in order. */
const listed = (html: string) =>
  [...html.matchAll(/<h3 lang="[^"]+"><a href="[^"]+">([^<]+)<\/a><\/h3>/g)].map(
    (match) => match[1],
  );
const olderLink = (html: string) =>
  /<a rel="next" href="([^"]+)">/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
const hrefs = (html: string) =>
  [...html.matchAll(/ href="([^"]*)"/g)].map((match) => match[1]?.replace(/&amp;/g, '&') ?? '');

describe('GET /showcase/:locale, pages', () => {
  it('lists the newest first, a page at a time, and a later page is not shifted by a new item', async () => {
    const newestFirst = [...titles].reverse();
    const first = await visit('/showcase/en');
    expect(listed(first.body)).toEqual(newestFirst.slice(0, PAGE_SIZE));
    const older = olderLink(first.body);
    expect(older).toMatch(/^\/showcase\/en\?before=[A-Za-z0-9_-]+$/);

    const pilotId = await storePilot(t.database.db, 'Brand new pilot');
    await storeShowcaseItem(t, { pilotId, title: 'Brand new pilot', stage: 'concept' });
    const second = await visit(older ?? '');
    expect(listed(second.body)).toEqual(newestFirst.slice(PAGE_SIZE));
    expect(olderLink(second.body)).toBeNull();
    expect(listed((await visit('/showcase/en')).body)[0]).toBe('Brand new pilot');
  });
});

describe('GET /showcase/:locale, filters', () => {
  const expected = (keep: (spec: (typeof SPECS)[number]) => boolean) =>
    titles.filter((_title, index) => SPECS[index] !== undefined && keep(SPECS[index])).reverse();

  it('filters by topic, content language, stage and kind, alone or together', async () => {
    const mobility = await visit('/showcase/en?topic=mobility');
    expect(listed(mobility.body)).toEqual(expected((spec) => spec.tags.includes('mobility')));
    const croatian = await visit('/showcase/en?language=hr');
    expect(listed(croatian.body)).toEqual(expected((spec) => spec.language === 'hr'));
    const scaled = await visit('/showcase/en?stage=scaled&kind=pilot');
    expect(listed(scaled.body)).toEqual(expected((spec) => spec.stage === 'scaled'));
    const both = await visit('/showcase/en?topic=budgeting&language=hr');
    expect(listed(both.body)).toEqual(
      expected((spec) => spec.language === 'hr' && spec.tags.includes('budgeting')),
    );
    expect(both.body).toContain('<option value="hr" lang="hr" selected="">Hrvatski</option>');
  });

  it('takes the form as a browser sends it: empty choices filter nothing', async () => {
    const all = await visit('/showcase/en?topic=&language=&stage=&kind=');
    expect(listed(all.body)).toHaveLength(PAGE_SIZE);
    expect(all.body).not.toContain('Clear the filters');
  });

  it('says so when nothing matches, with a way back', async () => {
    const none = await visit('/showcase/en?kind=lesson');
    expect(listed(none.body)).toEqual([]);
    expect(mainText(none)).toContain('Nothing published matches these filters.');
    expect(none.body).toContain('<a href="/showcase/en">Clear the filters</a>');
  });

  it('answers 400 with a page saying what to do for a value the form does not offer, or a broken page link', async () => {
    for (const query of ['stage=legendary', 'language=de', 'kind=thread', 'topic=a&topic=b']) {
      const page = await visit(`/showcase/en?${query}`);
      expect([query, page.statusCode]).toEqual([query, 400]);
      expect(mainText(page)).toContain(
        "Choose the topic, language, stage and type from the lists on the showcase's first page.",
      );
    }
    const cursor = await visit('/showcase/hr?before=bm90LWEtY3Vyc29y');
    expect(cursor.statusCode).toBe(400);
    expect(mainText(cursor)).toContain('Poveznica na ovu stranicu popisa nije ispravna.');
  });
});

describe('Join the network?', () => {
  const put = (contact: string | null) =>
    t.request({
      method: 'PUT',
      url: '/api/admin/settings',
      cookie: adminCookie,
      payload: { showcase: { contact } },
    });

  it('is absent until admins give a contact, then leads to it: mailto for an address, the URL otherwise', async () => {
    expect((await visit('/showcase/en')).body).not.toContain('Join the network?');
    expect((await put('team@lab.example.org')).statusCode).toBe(200);
    const mail = await visit('/showcase/en');
    expect(mail.body).toContain(
      '<h2>Join the network?</h2><p>Membership is by invitation only. Write to the organisers to hear about the next programme.</p><p><a class="button" href="mailto:team@lab.example.org">Contact the organisers</a></p>',
    );
    expect((await put('https://lab.example.org/join')).statusCode).toBe(200);
    const site = await visit(`/showcase/en`);
    expect(site.body).toContain('href="https://lab.example.org/join">Contact the organisers</a>');
    expect((await put(null)).statusCode).toBe(200);
  });

  it('links nowhere but the showcase, its feed, the icon and the contact: never sign-up or the app', async () => {
    expect((await put('team@lab.example.org')).statusCode).toBe(200);
    const pages = [await visit('/showcase/en'), await visit('/showcase/fr?stage=idea')];
    const slug = /href="\/showcase\/en\/pilots\/([^"]+)"/.exec(pages[0]?.body ?? '')?.[1];
    pages.push(await visit(`/showcase/bs/pilots/${slug}`));
    for (const page of pages) {
      const outside = hrefs(page.body).filter(
        (href) =>
          !/^(\/favicon\.svg$|\/showcase(\/|\?|$)|http:\/\/praxis\.test\/showcase(\/|$)|mailto:team@lab\.example\.org$)/.test(
            href,
          ),
      );
      expect(outside).toEqual([]);
    }
    expect((await put(null)).statusCode).toBe(200);
  });
});

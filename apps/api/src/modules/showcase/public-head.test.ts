import { createMember } from '@praxis/db/testing/factories';
import { type Locale, locales } from '@praxis/i18n/locales';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alternatesOf,
  jsonLdOf,
  mainText,
  metaOf,
  storePilot,
  storeShowcaseItem,
} from '../../testing/showcase-public.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// What search engines and link previews read of a public page, and each language's own words.

let t: TestApp;
let slug: string;
let addresses = 0;
const ORIGIN = 'http://praxis.test';

beforeAll(async () => {
  t = await createTestApp();
  const lea = await createMember(t.database.db, { name: 'Lea Lead' });
  const mo = await createMember(t.database.db, {
    name: 'Mo Hidden',
    profile: { organisation: 'Canton of Sarajevo' },
  });
  const pilotId = await storePilot(t.database.db, 'Citizen service points');
  const item = await storeShowcaseItem(t, {
    pilotId,
    title: 'Citizen service points',
    language: 'bs',
    stage: 'pilot',
    tags: ['service-design'],
    organisations: ['Canton of Sarajevo', 'UNDP'],
    summaryHtml: '<p>One desk for every permit, in every municipality of the canton.</p>',
    publishedAt: new Date('2026-11-02T09:30:00.000Z'),
    credits: [
      { memberId: lea.id, answer: 'name', role: 'lead' },
      { memberId: mo.id, answer: 'organisation', role: 'member' },
    ],
  });
  slug = item.slug;
});
afterAll(() => t.close());

function visit(url: string) {
  addresses += 1;
  return t.app.inject({ method: 'GET', url, remoteAddress: `10.42.0.${addresses}` });
}

const path = (locale: Locale) => `/showcase/${locale}/pilots/${slug}`;

describe('the head of a public page', () => {
  it('has its language, title, description, canonical address and an alternate in every language', async () => {
    const page = await visit(path('fr'));
    expect(page.body.startsWith('<!doctype html><html lang="fr"><head>')).toBe(true);
    expect(page.body).toContain('<title>Citizen service points · Praxis</title>');
    expect(metaOf(page.body).description).toEqual([
      'One desk for every permit, in every municipality of the canton.',
    ]);
    expect(page.body).toContain(`<link rel="canonical" href="${ORIGIN}${path('fr')}"/>`);
    expect(alternatesOf(page.body)).toEqual({
      en: `${ORIGIN}${path('en')}`,
      fr: `${ORIGIN}${path('fr')}`,
      bs: `${ORIGIN}${path('bs')}`,
      hr: `${ORIGIN}${path('hr')}`,
      'sr-Latn': `${ORIGIN}${path('sr-Latn')}`,
      'x-default': `${ORIGIN}${path('en')}`,
    });
    expect(page.body).toContain('<link rel="stylesheet" href="/showcase/showcase.css?v=');
  });

  it('carries OpenGraph for link previews, with the other languages as alternates', async () => {
    const meta = metaOf((await visit(path('hr'))).body);
    expect(meta).toMatchObject({
      'og:site_name': ['Praxis'],
      'og:title': ['Citizen service points'],
      'og:description': ['One desk for every permit, in every municipality of the canton.'],
      'og:type': ['article'],
      'og:url': [`${ORIGIN}${path('hr')}`],
      'og:locale': ['hr_HR'],
      'og:locale:alternate': ['en_GB', 'fr_FR', 'bs_BA', 'sr_RS'],
    });
  });

  it('describes the item in schema.org JSON-LD: authors as consented, the network as publisher', async () => {
    const [schema] = jsonLdOf((await visit(path('en'))).body);
    expect(schema).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      headline: 'Citizen service points',
      name: 'Citizen service points',
      description: 'One desk for every permit, in every municipality of the canton.',
      inLanguage: 'bs',
      url: `${ORIGIN}${path('en')}`,
      mainEntityOfPage: `${ORIGIN}${path('en')}`,
      datePublished: '2026-11-02T09:30:00.000Z',
      keywords: 'service-design',
      author: [
        { '@type': 'Person', name: 'Lea Lead' },
        { '@type': 'Organization', name: 'Canton of Sarajevo' },
      ],
      publisher: { '@type': 'Organization', name: 'Praxis', url: `${ORIGIN}/showcase/en` },
      contributor: [
        { '@type': 'Organization', name: 'Canton of Sarajevo' },
        { '@type': 'Organization', name: 'UNDP' },
      ],
    });
  });

  it('escapes JSON-LD so that a title cannot close its script element', async () => {
    const pilotId = await storePilot(t.database.db, 'Tricky');
    const tricky = await storeShowcaseItem(t, {
      pilotId,
      title: '</script><script>alert(1)</script> & co',
    });
    const page = await visit(`/showcase/en/pilots/${tricky.slug}`);
    expect(page.body).not.toContain('<script>alert(1)');
    expect(jsonLdOf(page.body)[0]?.headline).toBe('</script><script>alert(1)</script> & co');
  });

  it('describes the first page as a collection of the items it lists', async () => {
    const home = await visit('/showcase/sr-Latn');
    const [schema] = jsonLdOf(home.body);
    expect(schema).toMatchObject({
      '@type': 'CollectionPage',
      inLanguage: 'sr-Latn',
      url: `${ORIGIN}/showcase/sr-Latn`,
      publisher: { '@type': 'Organization', name: 'Praxis' },
    });
    const list = schema?.mainEntity as { itemListElement: { url: string }[] } | undefined;
    expect(list?.itemListElement.map((entry) => entry.url)).toContain(
      `${ORIGIN}${path('sr-Latn')}`,
    );
    expect(metaOf(home.body)['og:type']).toEqual(['website']);
    expect(alternatesOf(home.body)['x-default']).toBe(`${ORIGIN}/showcase/en`);
  });
});

describe('the languages of the public pages', () => {
  const words: Record<Locale, [string, string]> = {
    en: ['Lessons and pilots from Praxis', 'Piloting'],
    fr: ['Leçons et projets pilotes de Praxis', 'En expérimentation'],
    bs: ['Lekcije i pilot-projekti mreže Praxis', 'Pilot-projekat'],
    hr: ['Lekcije i pilot-projekti mreže Praxis', 'Pilot-projekt'],
    'sr-Latn': ['Lekcije i pilot-projekti mreže Praxis', 'Pilot-projekat'],
  };

  it.each(locales)(
    'renders %s with its own strings and marks the content with its language',
    async (locale) => {
      const home = await visit(`/showcase/${locale}`);
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain(`<html lang="${locale}">`);
      expect(mainText(home)).toContain(words[locale][0]);
      const item = await visit(path(locale));
      expect(mainText(item)).toContain(words[locale][1]);
      expect(item.body).toContain('<h1 lang="bs">Citizen service points</h1>');
      expect(item.body).toContain('<span aria-current="true" lang="' + locale);
    },
  );

  it('sends /showcase to the language the browser asks for, else the network default', async () => {
    const asked = await t.app.inject({
      method: 'GET',
      url: '/showcase',
      headers: { 'accept-language': 'hr-HR,hr;q=0.9,en;q=0.5' },
    });
    expect([asked.statusCode, asked.headers.location]).toEqual([302, '/showcase/hr']);
    const none = await t.app.inject({ method: 'GET', url: '/showcase' });
    expect(none.headers.location).toBe('/showcase/en');
  });

  it('answers 404 for a language Praxis does not speak, in the browser’s language', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: '/showcase/de',
      headers: { 'accept-language': 'fr' },
    });
    expect(page.statusCode).toBe(404);
    expect(mainText(page)).toContain('Page introuvable');
  });
});

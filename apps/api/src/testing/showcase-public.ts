import { randomUUID } from 'node:crypto';
import type { Db } from '@praxis/db/client';
import { pilots } from '@praxis/db/schema/pilots';
import { showcaseCredits, showcaseItems } from '@praxis/db/schema/showcase';
import type { Locale } from '@praxis/i18n/locales';
import type { LightMyRequestResponse } from 'fastify';
import { publish } from '../realtime/bus.ts';
import type { TestApp } from './test-app.ts';

// Showcase items for the public pages' tests, stored as the publishing flow stores them (a copy
// of the text and everyone it names with their answer), so that those tests read exactly the
// states they are about; the flow itself is tested beside the signed-in API.

export type Answer = 'pending' | 'name' | 'organisation' | 'hidden' | 'declined';

export interface ItemSpec {
  title: string;
  lessonId?: string;
  pilotId?: string;
  status?: 'awaiting_consent' | 'published' | 'withdrawn';
  credits?: { memberId: string; answer: Answer; role?: string }[];
  tags?: string[];
  language?: Locale;
  stage?: 'idea' | 'concept' | 'pilot' | 'scaled' | 'stopped' | null;
  programmeName?: string | null;
  organisations?: string[];
  /** A lesson's sections (cooked HTML); the problem defaults to a sentence of the title. */
  sections?: Partial<Record<'problem' | 'tried' | 'evidence' | 'caveats' | 'useWhen', string>>;
  /** A pilot's public summary (cooked HTML). */
  summaryHtml?: string;
  publishedAt?: Date;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A showcase item of a lesson (`lessonId`) or a pilot (`pilotId`), announced on the bus as the
 * publishing flow announces it; its id and slug are returned.
 */
export async function storeShowcaseItem(t: TestApp, spec: ItemSpec) {
  const db = t.database.db;
  const kind = spec.lessonId ? 'lesson' : 'pilot';
  const status = spec.status ?? 'published';
  const slug = `${spec.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${randomUUID().slice(0, 8)}`;
  const publishedAt = status === 'awaiting_consent' ? null : (spec.publishedAt ?? new Date());
  const [item] = await db
    .insert(showcaseItems)
    .values({
      slug,
      kind,
      lessonId: spec.lessonId ?? null,
      pilotId: spec.pilotId ?? null,
      status,
      withdrawal: status === 'withdrawn' ? 'consent_withdrawn' : null,
      withdrawnAt: status === 'withdrawn' ? new Date() : null,
      title: spec.title,
      sectionsHtml:
        kind === 'lesson'
          ? {
              problem: `<p>Problem of ${escapeHtml(spec.title)}</p>`,
              tried: '',
              evidence: '',
              caveats: '',
              useWhen: '',
              ...spec.sections,
            }
          : null,
      summarySource: kind === 'pilot' ? 'summary' : null,
      summaryHtml:
        kind === 'pilot'
          ? (spec.summaryHtml ?? `<p>Summary of ${escapeHtml(spec.title)}</p>`)
          : null,
      tags: spec.tags ?? [],
      language: spec.language ?? 'en',
      stage: spec.stage ?? null,
      programmeName: spec.programmeName ?? null,
      organisations: spec.organisations ?? [],
      publishedAt,
    })
    .returning({ id: showcaseItems.id, slug: showcaseItems.slug });
  if (!item) throw new Error('showcase item insert returned no row');
  // Credits are asked in the order given, a millisecond apart: times are kept to the millisecond,
  // and two inserts within one would tie, leaving their order (by asking) to the members' names.
  const askedFrom = Date.now();
  for (const [index, credit] of (spec.credits ?? []).entries()) {
    await db.insert(showcaseCredits).values({
      itemId: item.id,
      memberId: credit.memberId,
      role: credit.role ?? 'author',
      answer: credit.answer,
      askedAt: new Date(askedFrom + index),
      answeredAt: credit.answer === 'pending' ? null : new Date(),
    });
  }
  await announceShowcaseChange(t, item.id);
  return item;
}

/**
 * Announces a change of an item on the bus and waits until this instance has heard it: on
 * PostgreSQL the announcement arrives a moment after the commit, and the pages' cache listens
 * before this does, so it has been emptied by then.
 */
export async function announceShowcaseChange(t: TestApp, itemId: string) {
  const heard = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`showcase.changed ${itemId} not heard`)), 5000);
    const stop = t.app.realtime.on('showcase.changed', (payload) => {
      if (payload.itemId !== itemId) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
  await publish(t.database.db, { name: 'showcase.changed', payload: { itemId } });
  await heard;
  await t.app.realtime.settled();
}

/** A pilot the whole network sees (of a programme, if given), for a pilot's showcase item. */
export async function storePilot(db: Db, name: string, programmeId: string | null = null) {
  const [pilot] = await db
    .insert(pilots)
    .values({
      name,
      summarySource: `Summary of ${name}`,
      summaryHtml: `<p>Summary of ${name}</p>`,
      programmeId,
      organisations: ['City of Mostar'],
    })
    .returning({ id: pilots.id });
  if (!pilot) throw new Error('pilot insert returned no row');
  return pilot.id;
}

/** The JSON-LD blocks of a page, parsed. */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? 'null'),
  );
}

/** `<meta property|name=… content=…>` values of a page, by property or name. */
export function metaOf(html: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\/>/g)) {
    const [, key = '', value = ''] = match;
    found[key] = [...(found[key] ?? []), decode(value)];
  }
  return found;
}

/** `<link rel="alternate" hrefLang=…>` of a page, as hreflang → href. */
export function alternatesOf(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"\/>/g)].map(
      (match) => [match[1] ?? '', decode(match[2] ?? '')],
    ),
  );
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The visible words of a page's main part, tags removed, on one line. */
export function mainText(response: LightMyRequestResponse): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(response.body)?.[1] ?? '';
  return decode(main.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { showcaseCredits, showcaseItems } from '@praxis/db/schema/showcase';
import type { Locale } from '@praxis/i18n/locales';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { lessonStillPublic } from '../lessons/lessons.visibility.ts';
import { pilotStillPublic } from '../pilots/pilots.visibility.ts';

// What the public showcase reads: only published items whose lesson or pilot still qualifies,
// judged in the same statement that reads them, and of the people they name only what each
// consented to. Nothing here returns an id of the closed app: items are known by their slug.

export type PublicKind = 'lesson' | 'pilot';
export type PublicStage = 'idea' | 'concept' | 'pilot' | 'scaled' | 'stopped';

/** Published, and the lesson or pilot it came from may still stand on the public showcase. */
const isPublic = sql<boolean>`(${showcaseItems.status} = 'published' and case ${showcaseItems.kind}
  when 'lesson' then ${lessonStillPublic(sql`${showcaseItems.lessonId}`, sql`${showcaseItems.requestedAt}`)}
  else ${pilotStillPublic(sql`${showcaseItems.pilotId}`)} end)`;

export interface PublicFilters {
  topic?: string | undefined;
  language?: Locale | undefined;
  stage?: PublicStage | undefined;
  kind?: PublicKind | undefined;
}

/** A keyset position in the newest-first list: the last item's publication time and slug. */
export interface PublicPosition {
  publishedAt: Date;
  slug: string;
}

const cardColumns = {
  slug: showcaseItems.slug,
  kind: showcaseItems.kind,
  title: showcaseItems.title,
  tags: showcaseItems.tags,
  language: showcaseItems.language,
  stage: showcaseItems.stage,
  programmeName: showcaseItems.programmeName,
  publishedAt: sql<Date>`${showcaseItems.publishedAt}`.mapWith(showcaseItems.publishedAt),
  /** A lesson's problem, or a pilot's summary: cooked HTML, for the excerpt. */
  leadHtml: sql<string>`coalesce(${showcaseItems.sectionsHtml}->>'problem', ${showcaseItems.summaryHtml}, '')`,
};

export type PublicCard = Awaited<ReturnType<typeof publicPage>>[number];

/** Up to `limit + 1` public items, newest first, after `before`. */
export function publicPage(
  db: Db,
  filters: PublicFilters,
  before: PublicPosition | null,
  limit: number,
) {
  const conditions: SQL[] = [isPublic];
  if (filters.topic) conditions.push(sql`${filters.topic} = any(${showcaseItems.tags})`);
  if (filters.language) conditions.push(eq(showcaseItems.language, filters.language));
  if (filters.stage) conditions.push(eq(showcaseItems.stage, filters.stage));
  if (filters.kind) conditions.push(eq(showcaseItems.kind, filters.kind));
  if (before) {
    conditions.push(
      sql`(${showcaseItems.publishedAt}, ${showcaseItems.slug}) < (${before.publishedAt.toISOString()}::timestamptz, ${before.slug})`,
    );
  }
  return db
    .select(cardColumns)
    .from(showcaseItems)
    .where(and(...conditions))
    .orderBy(desc(showcaseItems.publishedAt), desc(showcaseItems.slug))
    .limit(limit + 1);
}

/** The topics of the public items, most used first, for the filter. */
export async function publicTopics(db: Db, limit: number): Promise<string[]> {
  const result = await db.execute(sql`select tag from ${showcaseItems},
      unnest(${showcaseItems.tags}) as tag
    where ${isPublic}
    group by tag order by count(*) desc, tag limit ${limit}`);
  return (result as unknown as { rows: { tag: string }[] }).rows.map((row) => row.tag);
}

/**
 * One item by its slug, in any state, with whether it may be shown now (`isPublic`), so the
 * page can tell an item never published (404) from one withdrawn (410). Its internal id stays
 * here, to read its credits.
 */
export async function itemBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({
      ...cardColumns,
      id: showcaseItems.id,
      status: showcaseItems.status,
      isPublic: sql<boolean>`${isPublic}`,
      sectionsHtml: showcaseItems.sectionsHtml,
      summaryHtml: showcaseItems.summaryHtml,
      organisations: showcaseItems.organisations,
    })
    .from(showcaseItems)
    .where(eq(showcaseItems.slug, slug));
  return row ?? null;
}

export type PublicItem = NonNullable<Awaited<ReturnType<typeof itemBySlug>>>;

/** How a person an item names is shown: their name, or their current organisation. */
export type PublicCredit = { as: 'person'; name: string } | { as: 'organisation'; name: string };

/**
 * The credits of items (by slug) as consent allows: `name` gives the member's name,
 * `organisation` their current organisation (nothing if they have none on their profile),
 * `hidden` nothing at all. Authors first, then sources and team, in the order they were asked.
 */
export async function publicCredits(db: Db, slugs: string[]): Promise<Map<string, PublicCredit[]>> {
  const credits = new Map<string, PublicCredit[]>(slugs.map((slug) => [slug, []]));
  if (slugs.length === 0) return credits;
  const rows = await db
    .select({
      slug: showcaseItems.slug,
      answer: showcaseCredits.answer,
      name: members.name,
      organisation: members.organisation,
    })
    .from(showcaseCredits)
    .innerJoin(showcaseItems, eq(showcaseItems.id, showcaseCredits.itemId))
    .innerJoin(members, eq(members.id, showcaseCredits.memberId))
    .where(
      and(
        inArray(showcaseItems.slug, slugs),
        inArray(showcaseCredits.answer, ['name', 'organisation']),
      ),
    )
    .orderBy(
      sql`${showcaseCredits.role} = 'author' desc`,
      asc(showcaseCredits.askedAt),
      asc(members.name),
    );
  for (const row of rows) {
    const list = credits.get(row.slug) ?? [];
    const credit: PublicCredit | null =
      row.answer === 'name'
        ? { as: 'person', name: row.name }
        : row.organisation.trim()
          ? { as: 'organisation', name: row.organisation.trim() }
          : null;
    // Two people from one organisation credit it once.
    if (credit && !list.some((each) => each.as === credit.as && each.name === credit.name)) {
      list.push(credit);
    }
    credits.set(row.slug, list);
  }
  return credits;
}

/** How many of these slugs are public now: a cached page stands while all of its items do. */
export async function countPublic(db: Db, slugs: string[]): Promise<number> {
  if (slugs.length === 0) return 0;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(showcaseItems)
    .where(and(inArray(showcaseItems.slug, slugs), isPublic));
  return Number(row?.count ?? 0);
}

/** Every public item's address and last change, for the sitemap. */
export function publicAddresses(db: Db, limit: number) {
  return db
    .select({
      slug: showcaseItems.slug,
      kind: showcaseItems.kind,
      publishedAt: cardColumns.publishedAt,
    })
    .from(showcaseItems)
    .where(isPublic)
    .orderBy(desc(showcaseItems.publishedAt), desc(showcaseItems.slug))
    .limit(limit);
}

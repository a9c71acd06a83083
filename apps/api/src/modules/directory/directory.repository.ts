import type { GovernmentLevel } from '@praxis/contracts/positions';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { and, asc, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import {
  anyTermQuery,
  type SearchTerm,
  termQuery,
  termsHeld,
  termsNeeded,
  wantedTerms,
} from '../../lib/full-text.ts';
import { prepared } from '../../lib/prepared-statements.ts';
import { avatarVersionOf } from '../avatars/avatars.visibility.ts';
import { countMembersByCohort, countMembersByProgramme } from '../cohorts/cohorts.service.ts';
import { isCohortMember, isInProgramme } from '../cohorts/cohorts.visibility.ts';
import { membersWhoWorkedAt } from '../members/positions.service.ts';

export interface DirectoryFilters {
  /** The words searched for (searchTerms); absent when not searching. */
  terms?: SearchTerm[] | undefined;
  expertise?: string | undefined;
  cohort?: string | undefined;
  programme?: string | undefined;
  country?: string | undefined;
  language?: string | undefined;
  openToAdvise?: boolean | undefined;
  level?: GovernmentLevel | undefined;
  policyArea?: string | undefined;
  /** "Worked at": a tsquery over organisation names (organisationQuery), past posts included. */
  workedAt?: SQL | undefined;
  /**
   * The search's words read as an organisation's name: a profile whose history holds it matches
   * the search too, after those whose own words do (it holds none of them: rank 0).
   */
  pastOrganisation?: SQL | undefined;
}

export type DirectoryPosition =
  | { by: 'rank'; words: number; rank: number; id: string }
  | { by: 'name'; name: string; id: string };

const FACET_SIZE = 20;

/** How many of the words searched for a profile holds; -1 when it holds an excluded one. */
const wordsHeld = (terms: readonly SearchTerm[]) =>
  termsHeld(terms, (term) => sql`${members.search} @@ ${termQuery(term)}`);

/**
 * Only active members are listed; every filter narrows the set the facets are counted over. A
 * search keeps the profiles holding all its words, or most of them (termsNeeded).
 */
function matching(filters: DirectoryFilters, prepare = false): SQL {
  // In a prepared statement each filter's value is a placeholder of the filter's name.
  const value = (
    key: 'expertise' | 'cohort' | 'programme' | 'country' | 'language' | 'level' | 'policyArea',
  ) => (prepare ? sql`${sql.placeholder(key)}` : sql`${filters[key]}`);
  const conditions: (SQL | undefined)[] = [isNull(members.deactivatedAt)];
  if (filters.terms) {
    const byWords = wantedTerms(filters.terms).length
      ? sql`${members.search} @@ ${anyTermQuery(filters.terms)} and ${wordsHeld(filters.terms)} >= ${termsNeeded(filters.terms)}`
      : sql`false`;
    conditions.push(
      filters.pastOrganisation
        ? // A union of two indexed lookups (the profiles' GIN, the history's GIN): an "or" of
          // them would read every member.
          sql`${members.id} in (select ${members.id} from ${members} where ${byWords} union ${membersWhoWorkedAt(filters.pastOrganisation)})`
        : byWords,
    );
  }
  if (filters.expertise) {
    conditions.push(sql`${value('expertise')} = any(${members.expertise})`);
  }
  if (filters.cohort) {
    conditions.push(isCohortMember(sql`${value('cohort')}`, sql`${members.id}`));
  }
  if (filters.programme) {
    conditions.push(isInProgramme(sql`${value('programme')}`, sql`${members.id}`));
  }
  if (filters.country) conditions.push(eq(members.country, value('country')));
  if (filters.language) conditions.push(sql`${value('language')} = any(${members.languages})`);
  if (filters.openToAdvise) conditions.push(eq(members.openToAdvise, true));
  if (filters.level) conditions.push(eq(members.governmentLevel, value('level')));
  if (filters.policyArea) conditions.push(eq(members.policyArea, value('policyArea')));
  // Through the history's GIN index: the members who held a post there, then or now.
  if (filters.workedAt)
    conditions.push(sql`${members.id} in (${membersWhoWorkedAt(filters.workedAt)})`);
  return and(...conditions) as SQL;
}

const cardColumns = {
  id: members.id,
  handle: members.handle,
  name: members.name,
  role: members.role,
  headline: members.headline,
  organisation: members.organisation,
  governmentLevel: members.governmentLevel,
  policyArea: members.policyArea,
  country: members.country,
  city: members.city,
  expertise: members.expertise,
  adviceTopics: members.adviceTopics,
  openToAdvise: members.openToAdvise,
  avatarVersion: avatarVersionOf(sql`${members.id}`),
};

/**
 * A page of the directory browsed by name, with filters whose values are placeholders (no search
 * words and no "worked at", whose SQL varies with the words): one statement per set of filters
 * given and cursor or none, prepared once per handle.
 */
async function findBrowsingPage(
  db: Db,
  filters: DirectoryFilters,
  after: DirectoryPosition | null,
  limit: number,
) {
  const given = (
    [
      'expertise',
      'cohort',
      'programme',
      'country',
      'language',
      'openToAdvise',
      'level',
      'policyArea',
    ] as const
  ).filter((key) => filters[key]);
  const afterName = after?.by === 'name' ? after : null;
  const name = ['directory.page.byName', ...given, ...(afterName ? ['afterCursor'] : [])].join('.');
  const statement = prepared(db, name, (statementName) => {
    const sortName = sql`lower(${members.name})`;
    const keyset = afterName
      ? sql`(${sortName}, ${members.id}) > (${sql.placeholder('afterName')}, ${sql.placeholder('afterId')}::uuid)`
      : undefined;
    return db
      .select({ ...cardColumns, words: sql<number>`0`.mapWith(Number), rank: sql<number>`0` })
      .from(members)
      .where(and(matching(filters, true), keyset))
      .orderBy(sortName, asc(members.id))
      .limit(sql.placeholder('limit'))
      .prepare(statementName);
  });
  return statement.execute({
    ...Object.fromEntries(given.map((key) => [key, filters[key]])),
    limit: limit + 1,
    ...(afterName ? { afterName: afterName.name, afterId: afterName.id } : {}),
  });
}

export async function findPage(
  db: Db,
  filters: DirectoryFilters,
  after: DirectoryPosition | null,
  limit: number,
) {
  if (!filters.terms && !filters.workedAt) return findBrowsingPage(db, filters, after, limit);
  const where = matching(filters);
  // Searching sorts by relevance (float4, so that a rank read back from a cursor compares
  // equal to the one computed here), browsing by name; each has its own keyset.
  const terms = filters.terms;
  const searching = terms !== undefined;
  // A search of stop words or punctuation only finds no one.
  if (terms && wantedTerms(terms).length === 0) return [];
  const words = terms ? sql<number>`${wordsHeld(terms)}` : sql<number>`0`;
  const rank = terms
    ? sql<number>`ts_rank(${members.search}, ${anyTermQuery(terms)})::real`
    : sql<number>`0`;
  const sortName = sql`lower(${members.name})`;
  const keyset =
    after?.by === 'rank' && searching
      ? sql`(${words} < ${after.words} or (${words} = ${after.words} and (${rank} < ${after.rank}::real or (${rank} = ${after.rank}::real and ${members.id} > ${after.id}))))`
      : after?.by === 'name' && !searching
        ? sql`(${sortName}, ${members.id}) > (${after.name}, ${after.id}::uuid)`
        : undefined;
  return db
    .select({ ...cardColumns, words: words.mapWith(Number), rank })
    .from(members)
    .where(and(where, keyset))
    .orderBy(...(searching ? [desc(words), desc(rank)] : [sortName]), asc(members.id))
    .limit(limit + 1);
}

/** How many matching members have each value of each filter. */
export async function countFacets(db: Db, filters: DirectoryFilters) {
  const where = matching(filters);
  // The cohort and programme facets are counted by the cohorts module over the same members.
  const matchingIds = sql`select ${members.id} from ${members} where ${where}`;
  const tally = (column: SQL) =>
    db
      .select({ value: sql<string>`facet.value`, count: count() })
      .from(members)
      .innerJoin(sql`lateral unnest(${column}) as facet(value)`, sql`true`)
      .where(where)
      .groupBy(sql`facet.value`)
      .orderBy(desc(count()), sql`facet.value`)
      .limit(FACET_SIZE);

  const single = (column: SQL, present: SQL) =>
    db
      .select({ value: sql<string>`${column}`, count: count() })
      .from(members)
      .where(and(where, present))
      .groupBy(column)
      .orderBy(desc(count()), column)
      .limit(FACET_SIZE);

  const [totals, expertise, languages, countries, cohortCounts, programmeCounts, levels, areas] =
    await Promise.all([
      db
        .select({
          total: count(),
          openToAdvise: sql<number>`count(*) filter (where ${members.openToAdvise})`.mapWith(
            Number,
          ),
        })
        .from(members)
        .where(where),
      tally(sql`${members.expertise}`),
      tally(sql`${members.languages}`),
      db
        .select({ value: sql<string>`${members.country}`, count: count() })
        .from(members)
        .where(and(where, sql`${members.country} is not null`))
        .groupBy(members.country)
        .orderBy(desc(count()), members.country)
        .limit(FACET_SIZE),
      countMembersByCohort(db, matchingIds),
      countMembersByProgramme(db, matchingIds),
      single(sql`${members.governmentLevel}`, sql`${members.governmentLevel} is not null`),
      single(sql`${members.policyArea}`, sql`${members.policyArea} <> ''`),
    ]);
  return {
    total: totals[0]?.total ?? 0,
    openToAdvise: totals[0]?.openToAdvise ?? 0,
    expertise,
    languages,
    countries,
    cohorts: cohortCounts,
    programmes: programmeCounts,
    levels,
    policyAreas: areas,
  };
}

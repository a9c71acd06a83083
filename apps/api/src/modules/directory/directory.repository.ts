import type { GovernmentLevel } from '@praxis/contracts/positions';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { and, asc, count, desc, type SQL, sql } from 'drizzle-orm';
import { anyTermQuery, type SearchTerm, wantedTerms } from '../../lib/full-text.ts';
import { prepared } from '../../lib/prepared-statements.ts';
import { rankedPlaceholders } from '../../lib/search-ranking.ts';
import { placeholder, searchNamer, shapedSelect } from '../../lib/shaped-statements.ts';
import { sideBySide } from '../../lib/side-by-side.ts';
import { avatarVersionOf } from '../avatars/avatars.visibility.ts';
import { countMembersByCohort, countMembersByProgramme } from '../cohorts/cohorts.service.ts';
import {
  type MatchShape,
  matching,
  matchingWrittenIn,
  matchShape,
  matchValues,
  shapedTerms,
  wordsHeld,
} from './directory-matching.repository.ts';

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
  /** "Worked at": a tsquery's text over organisation names (organisationQuery), past posts included. */
  workedAt?: string | undefined;
  /**
   * The search's words read as an organisation's name: a profile whose history holds it matches
   * the search too, after those whose own words do (it holds none of them: rank 0).
   */
  pastOrganisation?: string | undefined;
}

export type DirectoryPosition =
  | { by: 'rank'; words: number; rank: number; id: string }
  | { by: 'name'; name: string; id: string };

const FACET_SIZE = 20;

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

/** What the text of a page's statement depends on: its conditions, and where it starts after. */
interface PageShape {
  match: MatchShape;
  after: 'rank' | 'name' | null;
}

/**
 * A page's statement, every value a placeholder. Searching sorts by relevance (float4, so that a
 * rank read back from a cursor compares equal to the one computed here), browsing by name; each
 * has its own keyset.
 */
function buildPage(db: Db, { match, after }: PageShape) {
  const terms = shapedTerms(match, placeholder);
  const words = terms ? sql<number>`${wordsHeld(terms)}` : sql<number>`0`;
  const rank = terms
    ? sql<number>`ts_rank(${members.search}, ${anyTermQuery(terms)})::real`
    : sql<number>`0`;
  const sortName = sql`lower(${members.name})`;
  const { words: afterWords, rank: afterRank, id: afterId } = rankedPlaceholders();
  const afterName = placeholder('afterName');
  const keyset =
    after === 'rank'
      ? sql`(${words} < ${afterWords} or (${words} = ${afterWords} and (${rank} < ${afterRank}::real or (${rank} = ${afterRank}::real and ${members.id} > ${afterId}::uuid))))`
      : after === 'name'
        ? sql`(${sortName}, ${members.id}) > (${afterName}, ${afterId}::uuid)`
        : undefined;
  return db
    .select({ ...cardColumns, words: words.mapWith(Number), rank })
    .from(members)
    .where(and(matching(match, placeholder), keyset))
    .orderBy(...(terms ? [desc(words), desc(rank)] : [sortName]), asc(members.id))
    .limit(sql.placeholder('limit'));
}

/** A searched page, built once per shape (shapedSelect): it runs in a transaction with a time limit. */
const searchedPage = shapedSelect('directory.search', buildPage, { namer: searchNamer });

export async function findPage(
  db: Db,
  filters: DirectoryFilters,
  after: DirectoryPosition | null,
  limit: number,
) {
  // A search of stop words or punctuation only finds no one.
  if (filters.terms && wantedTerms(filters.terms).length === 0) return [];
  const match = matchShape(filters);
  const searching = match.terms !== null;
  const shape: PageShape = {
    match,
    after:
      after?.by === 'rank' && searching
        ? 'rank'
        : after?.by === 'name' && !searching
          ? 'name'
          : null,
  };
  // Assigned to matching's own values, not spread: see bench/README.md, "Object spread".
  const values = matchValues(filters);
  values.limit = limit + 1;
  if (after?.by === 'rank') {
    values.afterWords = after.words;
    values.afterRank = after.rank;
    values.afterId = after.id;
  } else {
    values.afterName = after?.name;
    values.afterId = after?.id;
  }
  if (searching || match.workedAt) return searchedPage(db, shape, values);
  // Browsing by name with filters at most: one statement per set of filters given and cursor or
  // none, prepared once per handle (browsing needs no transaction).
  const name = [
    'directory.page.byName',
    ...match.given,
    ...(match.openToAdvise ? ['openToAdvise'] : []),
    ...(shape.after ? ['afterCursor'] : []),
  ].join('.');
  return prepared(db, name, (statementName) => buildPage(db, shape).prepare(statementName)).execute(
    values,
  );
}

/** How many matching members have each value of each filter. */
export async function countFacets(db: Db, filters: DirectoryFilters) {
  const where = matchingWrittenIn(filters);
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
    await sideBySide(db, [
      () =>
        db
          .select({
            total: count(),
            openToAdvise: sql<number>`count(*) filter (where ${members.openToAdvise})`.mapWith(
              Number,
            ),
          })
          .from(members)
          .where(where),
      () => tally(sql`${members.expertise}`),
      () => tally(sql`${members.languages}`),
      () =>
        db
          .select({ value: sql<string>`${members.country}`, count: count() })
          .from(members)
          .where(and(where, sql`${members.country} is not null`))
          .groupBy(members.country)
          .orderBy(desc(count()), members.country)
          .limit(FACET_SIZE),
      () => countMembersByCohort(db, matchingIds),
      () => countMembersByProgramme(db, matchingIds),
      () => single(sql`${members.governmentLevel}`, sql`${members.governmentLevel} is not null`),
      () => single(sql`${members.policyArea}`, sql`${members.policyArea} <> ''`),
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

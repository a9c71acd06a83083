import { members } from '@praxis/db/schema/members';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import {
  anyTermQuery,
  placeholderTerms,
  type QueryTerm,
  termQuery,
  termShapes,
  termsHeld,
  termsNeeded,
  termValues,
  wantedTerms,
} from '../../lib/full-text.ts';
import { isCohortMember, isInProgramme } from '../cohorts/cohorts.visibility.ts';
import { membersWhoWorkedAt, organisationTsquery } from '../members/positions.service.ts';
import type { DirectoryFilters } from './directory.repository.ts';

// Which members a directory page or count keeps, as SQL whose text follows the filters given
// (MatchShape) and whose values are placeholders or written in.

/** How many of the words searched for a profile holds; -1 when it holds an excluded one. */
export const wordsHeld = (terms: readonly QueryTerm[]) =>
  termsHeld(terms, (term) => sql`${members.search} @@ ${termQuery(term)}`);

const VALUE_FILTERS = [
  'expertise',
  'cohort',
  'programme',
  'country',
  'language',
  'level',
  'policyArea',
] as const;

/**
 * What the text of a page's or a count's conditions depends on: which filters are given, and the
 * words searched for (whether each is left out). The values go separately (matchValues).
 */
export interface MatchShape {
  given: (typeof VALUE_FILTERS)[number][];
  openToAdvise: boolean;
  terms: { excluded: boolean }[] | null;
  pastOrganisation: boolean;
  workedAt: boolean;
}

export const matchShape = (filters: DirectoryFilters): MatchShape => ({
  given: VALUE_FILTERS.filter((key) => filters[key]),
  openToAdvise: filters.openToAdvise === true,
  terms: filters.terms ? termShapes(filters.terms) : null,
  pastOrganisation: filters.pastOrganisation !== undefined,
  workedAt: filters.workedAt !== undefined,
});

/** The values of matching's placeholders: each filter's under its name, the words' as term0…. */
export const matchValues = (filters: DirectoryFilters): Record<string, unknown> => {
  // Assigned, not spread: see bench/README.md, "Object spread". No filter is named term….
  const values: Record<string, unknown> = termValues(filters.terms ?? []);
  for (const key of VALUE_FILTERS) values[key] = filters[key];
  values.pastOrganisation = filters.pastOrganisation;
  values.workedAt = filters.workedAt;
  return values;
};

/**
 * Only active members are listed; every filter narrows the set the facets are counted over. A
 * search keeps the profiles holding all its words, or most of them (termsNeeded). `value` gives
 * the SQL of a value by its name (matchValues): a placeholder, or the value itself.
 */
export function matching(shape: MatchShape, value: (key: string) => SQL): SQL {
  const conditions: (SQL | undefined)[] = [isNull(members.deactivatedAt)];
  const terms = shapedTerms(shape, value);
  if (terms) {
    const byWords = wantedTerms(terms).length
      ? sql`${members.search} @@ ${anyTermQuery(terms)} and ${wordsHeld(terms)} >= ${termsNeeded(terms)}`
      : sql`false`;
    conditions.push(
      shape.pastOrganisation
        ? // A union of two indexed lookups (the profiles' GIN, the history's GIN): an "or" of
          // them would read every member.
          sql`${members.id} in (select ${members.id} from ${members} where ${byWords} union ${membersWhoWorkedAt(organisationTsquery(value('pastOrganisation')))})`
        : byWords,
    );
  }
  const given = new Set(shape.given);
  if (given.has('expertise'))
    conditions.push(sql`${value('expertise')} = any(${members.expertise})`);
  if (given.has('cohort')) conditions.push(isCohortMember(value('cohort'), sql`${members.id}`));
  if (given.has('programme'))
    conditions.push(isInProgramme(value('programme'), sql`${members.id}`));
  if (given.has('country')) conditions.push(eq(members.country, value('country')));
  if (given.has('language')) conditions.push(sql`${value('language')} = any(${members.languages})`);
  if (shape.openToAdvise) conditions.push(eq(members.openToAdvise, true));
  if (given.has('level')) conditions.push(eq(members.governmentLevel, value('level')));
  if (given.has('policyArea')) conditions.push(eq(members.policyArea, value('policyArea')));
  // Through the history's GIN index: the members who held a post there, then or now.
  if (shape.workedAt) {
    conditions.push(
      sql`${members.id} in (${membersWhoWorkedAt(organisationTsquery(value('workedAt')))})`,
    );
  }
  return and(...conditions) as SQL;
}

/** The words of a shape as the SQL helpers take them, each query a value of matchValues. */
export const shapedTerms = (shape: MatchShape, value: (key: string) => SQL) =>
  shape.terms && placeholderTerms(shape.terms, value);

/** matching with the values written in, for statements that are not prepared. */
export const matchingWrittenIn = (filters: DirectoryFilters) => {
  const values = matchValues(filters);
  return matching(matchShape(filters), (key) => sql`${values[key]}`);
};

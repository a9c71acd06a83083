import type { DirectoryPage } from '@praxis/contracts/directory';
import type { WorkedAt } from '@praxis/contracts/positions';
import type { MemberCard } from '@praxis/contracts/profiles';
import type { Db } from '@praxis/db/client';
import { z } from 'zod';
import { type SearchTerm, searchTerms, withSearchTimeout } from '../../lib/full-text.ts';
import { keptResults } from '../../lib/kept-results.ts';
import { sideBySide } from '../../lib/side-by-side.ts';
import { apartFromRequests } from '../../lib/statement-log.ts';
import { decodeJsonCursor, encodeJsonCursor } from '../../pagination.ts';
import { cohortBadges } from '../cohorts/cohorts.service.ts';
import { toCard } from '../members/members.service.ts';
import { organisationQuery, pastPostsAt } from '../members/positions.service.ts';
import * as repository from './directory.repository.ts';

const Position = z.discriminatedUnion('by', [
  z.object({
    by: z.literal('rank'),
    words: z.number().int().min(0).max(12),
    rank: z.number(),
    id: z.uuid(),
  }),
  z.object({ by: z.literal('name'), name: z.string().max(200), id: z.uuid() }),
]);

export interface DirectorySearch extends Omit<repository.DirectoryFilters, 'terms' | 'workedAt'> {
  q?: string | undefined;
  organisation?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * For the search module: the members the directory would list for these words, best first, as
 * the directory's cards (active members only, as the directory shows), up to `limit` after
 * `after`, and where the page ended when another follows.
 */
export async function searchPeople(
  db: Db,
  terms: SearchTerm[],
  after: { words: number; rank: number; id: string } | null,
  limit: number,
): Promise<{ people: MemberCard[]; next: { words: number; rank: number; id: string } | null }> {
  const rows = await repository.findPage(db, { terms }, after && { by: 'rank', ...after }, limit);
  const page = rows.slice(0, limit);
  const badges = await cohortBadges(
    db,
    page.map((row) => row.id),
  );
  const last = page.at(-1);
  return {
    people: page.map((row) => toCard(row, badges.get(row.id) ?? [])),
    next: rows.length > limit && last ? { words: last.words, rank: last.rank, id: last.id } : null,
  };
}

type Facets = Awaited<ReturnType<typeof repository.countFacets>>;

/**
 * Facets are nine counts over every matching member, the same for every page and every member:
 * counted once per set of filters and kept this long. For as long again, the counts kept are
 * still given while they are counted anew, so that no request waits for the nine statements of
 * a busy search. They lag a profile's change by up to twice this; a request finding them older
 * counts them itself, and is told if that fails.
 */
export const FACETS_KEPT_MS = 30_000;
/** How many sets of filters keep their facets (the least recently counted go first). */
const FACET_SETS_KEPT = 200;

export function createDirectoryService(db: Db, onError: (error: unknown) => void) {
  const kept = keptResults<Facets>({
    keptMs: FACETS_KEPT_MS,
    staleMs: 2 * FACETS_KEPT_MS,
    size: FACET_SETS_KEPT,
    onError,
  });

  return {
    /** Ranked by relevance when searching, else by name; facets count the whole match. */
    async search({
      q: text,
      organisation,
      cursor,
      limit,
      ...filters
    }: DirectorySearch): Promise<DirectoryPage> {
      const q = text?.trim() || undefined;
      const workedAt = organisation ? (organisationQuery(organisation) ?? '') : undefined;
      // Words typed into the search also find who worked at an organisation of that name, unless
      // they use the search's own syntax (a phrase, a word left out).
      const pastOrganisation =
        q && !/"|(^|\s)-/.test(q) ? (organisationQuery(q) ?? undefined) : undefined;
      const criteria = {
        ...filters,
        terms: q ? await searchTerms(db, q) : undefined,
        workedAt,
        pastOrganisation,
      };
      const after = decodeJsonCursor(Position, cursor);
      // Everything that narrows the match: the same words with and without their reading as an
      // employer's name count different members.
      const key = JSON.stringify(criteria);
      // In a transaction of its own, with the search's time limit; in the background, as no
      // request's work.
      const countAlone = () => withSearchTimeout(db, (tx) => repository.countFacets(tx, criteria));
      const refresh = () => apartFromRequests(countAlone);
      // Browsing by name (filters at most) walks an index: its page needs neither a time limit
      // nor the three round trips of a transaction that sets one. Counting the facets, when
      // they are not kept, reads every matching member and keeps its limit.
      const searching = criteria.terms !== undefined || criteria.workedAt !== undefined;
      const [rows, facets] = searching
        ? await withSearchTimeout(db, (tx) =>
            sideBySide(tx, [
              () => repository.findPage(tx, criteria, after, limit),
              () => kept(key, () => repository.countFacets(tx, criteria), refresh),
            ]),
          )
        : await Promise.all([
            repository.findPage(db, criteria, after, limit),
            kept(key, countAlone, refresh),
          ]);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const ids = page.map((row) => row.id);
      const badges = await cohortBadges(db, ids);
      // "Worked at" is said only when the match is a past post, not the one held now.
      const named = workedAt ?? pastOrganisation;
      const past = named ? await pastPostsAt(db, ids, named) : new Map<string, WorkedAt>();
      return {
        // Spread last: see bench/README.md, "Object spread". A card has no `workedAt`.
        members: page.map((row) => ({
          workedAt: (!holdsNow(row, past.get(row.id)) && past.get(row.id)) || null,
          ...toCard(row, badges.get(row.id) ?? []),
        })),
        nextCursor:
          rows.length > limit && last
            ? encodeJsonCursor(
                q
                  ? { by: 'rank', words: last.words, rank: last.rank, id: last.id }
                  : { by: 'name', name: last.name.toLowerCase(), id: last.id },
              )
            : null,
        total: facets.total,
        facets: {
          expertise: facets.expertise.map(labelled),
          language: facets.languages.map(labelled),
          country: facets.countries.map(labelled),
          cohort: facets.cohorts,
          programme: facets.programmes,
          level: facets.levels.map(labelled),
          policyArea: facets.policyAreas.map(labelled),
          openToAdvise: facets.openToAdvise,
        },
      };
    },
  };
}

/** Whether the member's current organisation is the one of the past post that matched. */
const holdsNow = (row: { organisation: string }, post: WorkedAt | undefined) =>
  post !== undefined && row.organisation.toLowerCase() === post.organisation.toLowerCase();

const labelled = ({ value, count }: { value: string; count: number }) => ({
  value,
  label: value,
  count,
});

import type { AccountMember } from '@praxis/contracts/members';
import type { PilotStage } from '@praxis/contracts/pilots';
import type { Db } from '@praxis/db/client';
import { pilotLinks, pilots, pilotTeam } from '@praxis/db/schema/pilots';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { summaryColumns } from './pilots.repository.ts';
import { pilotVisibleTo } from './pilots.visibility.ts';

export interface BoardFilters {
  programme?: string | undefined;
  track?: string | undefined;
  cohort?: string | undefined;
  stage?: PilotStage | undefined;
  organisation?: string | undefined;
  q?: string | undefined;
}

/** Where the previous page of the board ended: stage order, then most recently changed. */
export interface BoardPosition {
  stage: PilotStage;
  updatedAt: string;
  id: string;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function filtersOf(viewer: AccountMember, filters: BoardFilters): SQL | undefined {
  const text = filters.q ? likePattern(filters.q) : null;
  return and(
    pilotVisibleTo(viewer),
    filters.programme ? eq(pilots.programmeId, filters.programme) : undefined,
    filters.track ? eq(pilots.trackId, filters.track) : undefined,
    filters.cohort ? eq(pilots.cohortId, filters.cohort) : undefined,
    filters.stage ? eq(pilots.stage, filters.stage) : undefined,
    filters.organisation
      ? sql`exists (select 1 from unnest(${pilots.organisations}) o
                    where lower(o) = lower(${filters.organisation}))`
      : undefined,
    text
      ? sql`(${pilots.name} ilike ${text} or ${pilots.summarySource} ilike ${text}
             or exists (select 1 from unnest(${pilots.organisations}) o where o ilike ${text}))`
      : undefined,
  );
}

/** A page of the board: limit + 1 rows, idea first and stopped last, latest change first. */
export async function board(
  db: Db,
  viewer: AccountMember,
  filters: BoardFilters,
  after: BoardPosition | null,
  limit: number,
) {
  const position = after
    ? sql`(${pilots.stage} > ${after.stage}::pilot_stage or (${pilots.stage} = ${after.stage}::pilot_stage
          and (${pilots.updatedAt}, ${pilots.id}) < (${after.updatedAt}::timestamptz, ${after.id}::uuid)))`
    : undefined;
  return db
    .select(summaryColumns)
    .from(pilots)
    .where(and(filtersOf(viewer, filters), position))
    .orderBy(asc(pilots.stage), desc(pilots.updatedAt), desc(pilots.id))
    .limit(limit + 1);
}

/** How many pilots of the board each stage holds, under the same filters. */
export async function stageCounts(db: Db, viewer: AccountMember, filters: BoardFilters) {
  return db
    .select({ stage: pilots.stage, count: count() })
    .from(pilots)
    .where(filtersOf(viewer, filters))
    .groupBy(pilots.stage);
}

/** The pilots a member is on that the viewer may see, with their role, latest change first. */
export async function pilotsOfMember(db: Db, viewer: AccountMember, memberId: string) {
  return db
    .select({ ...summaryColumns, role: pilotTeam.role })
    .from(pilotTeam)
    .innerJoin(pilots, eq(pilots.id, pilotTeam.pilotId))
    .where(and(eq(pilotTeam.memberId, memberId), pilotVisibleTo(viewer)))
    .orderBy(desc(pilots.updatedAt), desc(pilots.id))
    .limit(100);
}

export type LinkTarget =
  | { kind: 'thread'; id: string }
  | { kind: 'lesson'; id: string }
  | { kind: 'agenda_item'; ids: SQL };

/** The pilots the viewer may see that link to the target; the caller checks the target first. */
export async function linkedTo(db: Db, viewer: AccountMember, target: LinkTarget) {
  const linked =
    target.kind === 'thread'
      ? eq(pilotLinks.threadId, target.id)
      : target.kind === 'lesson'
        ? eq(pilotLinks.lessonId, target.id)
        : sql`${pilotLinks.agendaItemId} in (${target.ids})`;
  const pilotIds = db.selectDistinct({ id: pilotLinks.pilotId }).from(pilotLinks).where(linked);
  return db
    .select(summaryColumns)
    .from(pilots)
    .where(and(inArray(pilots.id, pilotIds), pilotVisibleTo(viewer)))
    .orderBy(asc(pilots.stage), desc(pilots.updatedAt))
    .limit(100);
}

/** Evaluates one SQL condition (a visibility rule for one row). */
export async function isTrue(db: Db, condition: SQL) {
  const result = await db.execute(sql`select ${condition} as yes`);
  return (result as unknown as { rows: { yes: boolean }[] }).rows[0]?.yes === true;
}

/** The row of meetups.visibility.ts's exchangeOf, in camelCase; null when there is no meetup. */
export async function exchange(db: Db, query: SQL) {
  const result = await db.execute(query);
  const [row] = (
    result as unknown as {
      rows: {
        previous_id: string | null;
        previous_title: string | null;
        previous_starts_at: string | Date | null;
        invited_cohort_ids: string[] | string | null;
      }[];
    }
  ).rows;
  if (!row) return null;
  return {
    previousId: row.previous_id,
    previousTitle: row.previous_title,
    previousStartsAt: row.previous_starts_at === null ? null : new Date(row.previous_starts_at),
    invitedCohortIds: uuidArray(row.invited_cohort_ids),
  };
}

/** A uuid[] as the drivers give it: node-postgres parses it, PGlite may leave `{a,b}` text. */
function uuidArray(value: string[] | string | null): string[] | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}

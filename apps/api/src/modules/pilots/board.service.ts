import type { AccountMember } from '@praxis/contracts/members';
import {
  type MemberPilots,
  SINCE_LAST_EXCHANGE_LIMIT,
  type SinceLastExchange,
} from '@praxis/contracts/pilot-updates';
import { PILOT_STAGES, type PilotBoard, PilotStage } from '@praxis/contracts/pilots';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { decodeJsonCursor, encodeJsonCursor } from '../../pagination.ts';
import { lessonsPublishedSince } from '../lessons/lessons.service.ts';
import { exchangeOf, meetupIdVisibleTo } from '../meetups/meetups.visibility.ts';
import { canSeeMember } from '../members/members.service.ts';
import * as repository from './board.repository.ts';
import * as pilots from './pilots.repository.ts';
import { toSummary } from './pilots.service.ts';
import * as updates from './updates.repository.ts';
import { presentUpdatesWithPilot } from './updates.service.ts';

const BoardCursor = z.object({ stage: PilotStage, updatedAt: z.iso.datetime(), id: z.uuid() });

/** How far back "since the last exchange" looks when the series has had no meetup before. */
const FIRST_EXCHANGE_MONTHS = 6;
/** How many new lessons "since the last exchange" lists (the library holds the rest). */
const SINCE_LESSONS = 20;
/** How many of a member's latest pilot updates their profile shows. */
const PROFILE_UPDATES = 10;

export function createBoardService(db: Db) {
  return {
    async board(
      viewer: AccountMember,
      query: repository.BoardFilters & { cursor?: string | undefined; limit: number },
    ): Promise<PilotBoard> {
      const after = decodeJsonCursor(BoardCursor, query.cursor);
      const [rows, counted] = await Promise.all([
        repository.board(db, viewer, query, after, query.limit),
        repository.stageCounts(db, viewer, query),
      ]);
      const shown = rows.slice(0, query.limit);
      const last = shown.at(-1);
      const counts = Object.fromEntries(
        PILOT_STAGES.map((stage) => [stage, 0]),
      ) as PilotBoard['counts'];
      for (const row of counted) counts[row.stage] = row.count;
      return {
        pilots: shown.map(toSummary),
        counts,
        nextCursor:
          rows.length > query.limit && last
            ? encodeJsonCursor({
                stage: last.stage,
                updatedAt: last.updatedAt.toISOString(),
                id: last.id,
              })
            : null,
      };
    },

    /** The pilots a member is on and their latest updates, as far as the viewer may see them. */
    async ofMember(viewer: AccountMember, handle: string): Promise<MemberPilots> {
      const member = await pilots.memberByHandle(db, handle);
      if (!member || !canSeeMember(viewer, member)) {
        throw new AppError('not_found', msg('errors.members.noSuchHandle', { handle }));
      }
      const rows = await repository.pilotsOfMember(db, viewer, member.id);
      const latest = await updates.latestUpdatesOf(
        db,
        viewer,
        rows.map((row) => row.id),
        PROFILE_UPDATES,
      );
      // Spread last: see bench/README.md, "Object spread".
      return {
        pilots: rows.map((row) => ({ role: row.role, ...toSummary(row) })),
        updates: await presentUpdatesWithPilot(db, viewer, latest),
      };
    },

    /**
     * What happened since the previous meetup of the series (none: the last six months): pilot
     * updates and stage changes, and new lessons, from the cohorts the series invites (none: the
     * whole network), as far as the viewer may see each.
     */
    async sinceLastExchange(viewer: AccountMember, meetupId: string): Promise<SinceLastExchange> {
      const id = sql`${meetupId}::uuid`;
      if (!(await repository.isTrue(db, meetupIdVisibleTo(id, viewer)))) {
        throw new AppError('not_found', msg('errors.pilots.meetupGone'));
      }
      const exchange = await repository.exchange(db, exchangeOf(id));
      if (!exchange) throw new AppError('not_found', msg('errors.pilots.meetupGone'));
      const since = exchange.previousStartsAt ?? monthsAgo(FIRST_EXCHANGE_MONTHS);
      const cohortIds = exchange.invitedCohortIds;
      const limit = SINCE_LAST_EXCHANGE_LIMIT;
      const [updateRows, lessons] = await Promise.all([
        updates.updatesSince(db, viewer, since, cohortIds, limit),
        lessonsPublishedSince(db, viewer, { since, cohortIds, limit: SINCE_LESSONS + 1 }),
      ]);
      return {
        since: since.toISOString(),
        previousMeetup:
          exchange.previousId && exchange.previousTitle && exchange.previousStartsAt
            ? {
                id: exchange.previousId,
                title: exchange.previousTitle,
                startsAt: exchange.previousStartsAt.toISOString(),
              }
            : null,
        updates: await presentUpdatesWithPilot(db, viewer, updateRows.slice(0, limit)),
        lessons: lessons.slice(0, SINCE_LESSONS).map((lesson) => ({
          id: lesson.id,
          title: lesson.title,
          publishedAt: lesson.publishedAt,
        })),
        truncated: updateRows.length > limit || lessons.length > SINCE_LESSONS,
      };
    },
  };
}

function monthsAgo(months: number) {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

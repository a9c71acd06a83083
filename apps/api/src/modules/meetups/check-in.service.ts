import {
  CHECK_IN_OPENS_MINUTES_BEFORE,
  type CheckInLink,
  type CheckInRoster,
} from '@praxis/contracts/meetup-check-ins';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { type SQL, sql } from 'drizzle-orm';
import encodeQR from 'qr';
import { AppError } from '../../app-error.ts';
import { newToken } from '../../tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import * as attendance from './attendance.repository.ts';
import * as repository from './check-in.repository.ts';
import { meetupChanged } from './meetups.events.ts';
import * as meetupsRepository from './meetups.repository.ts';
import { findVisibleMeetup, requireManager } from './meetups.service.ts';
import { type Dated, mayMark, wireWindow } from './venue-check-in.service.ts';

// Who was at a meetup, as its organisers see it: the list of who answered and who came, marking
// attendance, and the venue's check-in link with its QR code. Members' own check-in at the venue
// is in venue-check-in.service.ts.

const CANDIDATES = 10;

/**
 * Whether the member (SQL for their id) checked in at the meetup (SQL for its id): for counts
 * built in SQL elsewhere, such as an attendance funnel.
 */
export function checkedIn(meetupId: SQL, memberId: SQL): SQL<boolean> {
  return sql<boolean>`exists (select 1 from meetup_check_ins ci
    where ci.meetup_id = ${meetupId} and ci.member_id = ${memberId})`;
}

/** How many active members checked in at each of these meetups (absent: none). */
export async function attendedCount(db: Db, meetupIds: string[]) {
  const rows = await repository.countsByMeetup(db, meetupIds);
  return new Map(rows.map((row) => [row.key, row.total]));
}

/** How many meetups, cancelled ones aside, each of these members checked in at (absent: none). */
export async function attendedMeetupCount(db: Db, memberIds: string[]) {
  const rows = await repository.countsByMember(db, memberIds);
  return new Map(rows.map((row) => [row.key, row.total]));
}

export function createCheckInService(db: Db, publicOrigin: string) {
  /** The meetup if the actor may see it and runs its series. */
  async function managed(actor: AccountMember, id: string) {
    const row = await findVisibleMeetup(db, actor, id);
    await requireManager(db, actor, row.seriesId);
    return row;
  }

  async function roster(actor: AccountMember, id: string): Promise<CheckInRoster> {
    const meetup = await managed(actor, id);
    const [answers, checkIns] = await Promise.all([
      attendance.rsvpsOf(db, id),
      repository.checkInsOf(db, id),
    ]);
    const rsvpOf = new Map(answers.map((answer) => [answer.memberId, answer.status]));
    const checkInOf = new Map(checkIns.map((checkIn) => [checkIn.memberId, checkIn]));
    const ids = new Set([
      ...answers.filter((answer) => answer.status !== 'not_going').map((a) => a.memberId),
      ...checkInOf.keys(),
    ]);
    const people = await authorsById(db, [
      ...ids,
      ...checkIns.flatMap((checkIn) => (checkIn.markedById ? [checkIn.markedById] : [])),
    ]);
    const author = (memberId: string | null) => {
      const person = memberId ? people.get(memberId) : undefined;
      return person ? toAuthor(person) : null;
    };
    return {
      meetupId: id,
      window: wireWindow(meetup),
      canMark: mayMark(meetup, new Date()),
      checkedInCount: checkIns.length,
      people: [...ids]
        .flatMap((memberId) => {
          const member = author(memberId);
          if (!member) return [];
          const checkIn = checkInOf.get(memberId);
          return [
            {
              member,
              rsvp: rsvpOf.get(memberId) ?? null,
              checkedInAt: checkIn?.checkedInAt.toISOString() ?? null,
              markedBy: author(checkIn?.markedById ?? null),
            },
          ];
        })
        .sort(
          (a, b) =>
            a.member.name.localeCompare(b.member.name) || (a.member.id < b.member.id ? -1 : 1),
        ),
    };
  }

  function linkOf(token: string, meetup: Dated): CheckInLink {
    return { url: `${publicOrigin}/check-in/${token}`, window: wireWindow(meetup) };
  }

  /** The link's secret, made the first time an organiser asks for it. */
  async function tokenFor(id: string) {
    const existing = await repository.tokenOf(db, id);
    if (existing) return existing;
    await repository.setToken(db, id, newToken().token, true);
    const token = await repository.tokenOf(db, id);
    if (!token) throw new AppError('not_found', msg('errors.meetups.meetupGone'));
    return token;
  }

  /** Marks or unmarks, under the meetup's lock, with the audit entry; the roster after. */
  async function setAttendance(
    actor: AccountMember,
    id: string,
    memberId: string,
    attended: boolean,
  ) {
    await managed(actor, id);
    await db.transaction(async (tx) => {
      const meetup = await meetupsRepository.lockMeetup(tx, id);
      if (!meetup) throw new AppError('not_found', msg('errors.meetups.meetupGone'));
      if (meetup.status === 'cancelled') {
        throw new AppError('conflict', msg('errors.meetups.cancelled'));
      }
      if (!mayMark(meetup, new Date())) {
        throw new AppError(
          'conflict',
          msg('errors.meetups.attendanceNotYet', { minutes: CHECK_IN_OPENS_MINUTES_BEFORE }),
        );
      }
      const [person] = (await authorsById(tx, [memberId])).values();
      if (
        attended &&
        (!person || (await meetupsRepository.inviteeIds(tx, id, [memberId])).length === 0)
      ) {
        throw new AppError('invalid', msg('errors.meetups.attendanceNotInvited'));
      }
      const changed = attended
        ? !(await repository.insertCheckIn(tx, { meetupId: id, memberId, markedById: actor.id }))
            .already
        : await repository.deleteCheckIn(tx, id, memberId);
      if (!changed) return;
      await recordAudit(
        tx,
        { id: actor.id, name: actor.name },
        {
          action: attended ? 'meetup.attendance_marked' : 'meetup.attendance_unmarked',
          target: { type: 'meetup', id, label: meetup.title },
          details: { memberId },
        },
      );
      await meetupChanged(tx, id, 'check_ins');
    });
    return roster(actor, id);
  }

  return {
    roster,

    mark: (actor: AccountMember, id: string, memberId: string) =>
      setAttendance(actor, id, memberId, true),

    unmark: (actor: AccountMember, id: string, memberId: string) =>
      setAttendance(actor, id, memberId, false),

    /** Invitees matching a name, not checked in yet: those who came without answering. */
    async candidates(actor: AccountMember, id: string, query: string) {
      await managed(actor, id);
      if (query === '') return { members: [] };
      const ids = await repository.uncheckedInviteesMatching(db, id, query, CANDIDATES);
      const people = await authorsById(db, ids);
      return { members: ids.flatMap((memberId) => author(people, memberId)) };
    },

    async link(actor: AccountMember, id: string) {
      const meetup = await managed(actor, id);
      return linkOf(await tokenFor(id), meetup);
    },

    /** A new secret: the old link and its printed QR codes stop working. */
    async replaceLink(actor: AccountMember, id: string) {
      const meetup = await managed(actor, id);
      const { token } = newToken();
      await db.transaction(async (tx) => {
        await repository.setToken(tx, id, token, false);
        await recordAudit(
          tx,
          { id: actor.id, name: actor.name },
          {
            action: 'meetup.check_in_link_replaced',
            target: { type: 'meetup', id, label: meetup.title },
          },
        );
      });
      return linkOf(token, meetup);
    },

    async qrCode(actor: AccountMember, id: string) {
      const meetup = await managed(actor, id);
      const { url } = await linkOf(await tokenFor(id), meetup);
      return encodeQR(url, 'svg', { ecc: 'medium', border: 4 });
    },
  };
}

function author(people: Awaited<ReturnType<typeof authorsById>>, memberId: string) {
  const person = people.get(memberId);
  return person ? [toAuthor(person)] : [];
}

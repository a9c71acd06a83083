import {
  CHECK_IN_OPENS_MINUTES_BEFORE,
  type CheckInWindow,
  type VenueCheckIn,
} from '@praxis/contracts/meetup-check-ins';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import * as repository from './check-in.repository.ts';
import { meetupChanged } from './meetups.events.ts';
import * as meetupsRepository from './meetups.repository.ts';

// Members checking themselves in through the venue's link (or its QR code) while the meetup
// runs; and the window in which they can, which the organisers' page shows too.

export type Dated = { status: string; startsAt: Date | null; endsAt: Date | null };

/** From a little before the start (people arrive early) to the end; none without a date. */
export function checkInWindow(meetup: Dated): { opensAt: Date; closesAt: Date } | null {
  if (!meetup.startsAt || !meetup.endsAt || meetup.status === 'proposed') return null;
  return {
    opensAt: new Date(meetup.startsAt.getTime() - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000),
    closesAt: meetup.endsAt,
  };
}

/** Where `now` falls for a member checking in: the window includes its opening instant, not its end. */
export function checkInState(meetup: Dated, now: Date): VenueCheckIn['state'] {
  if (meetup.status === 'cancelled') return 'cancelled';
  const window = checkInWindow(meetup);
  if (!window || now < window.opensAt) return 'not_yet';
  return now < window.closesAt ? 'open' : 'closed';
}

export const wireWindow = (meetup: Dated): CheckInWindow => {
  const window = checkInWindow(meetup);
  return window
    ? { opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() }
    : null;
};

/** Organisers mark attendance from the window's opening on, afterwards too, never when cancelled. */
export function mayMark(meetup: Dated, now: Date) {
  const window = checkInWindow(meetup);
  return meetup.status !== 'cancelled' && window !== null && now >= window.opensAt;
}

const CLOSED = {
  not_yet: 'errors.meetups.checkInNotYet',
  closed: 'errors.meetups.checkInClosed',
  cancelled: 'errors.meetups.cancelled',
} as const;

export function createVenueCheckInService(db: Db) {
  /** The meetup a venue link opens, if the member is invited to it. */
  async function venueMeetup(actor: AccountMember, token: string) {
    const meetup = await repository.findByToken(db, token);
    if (!meetup) throw new AppError('not_found', msg('errors.meetups.checkInLinkUnknown'));
    if (!(await meetupsRepository.visibleAmong(db, actor, [meetup.id])).has(meetup.id)) {
      throw new AppError('forbidden', msg('errors.meetups.checkInNotInvited'));
    }
    return meetup;
  }

  function venueView(
    meetup: repository.CheckInMeetup,
    checkedInAt: Date | null,
    already: boolean,
  ): VenueCheckIn {
    return {
      meetup: {
        id: meetup.id,
        title: meetup.title,
        status: meetup.status,
        startsAt: meetup.startsAt?.toISOString() ?? null,
        endsAt: meetup.endsAt?.toISOString() ?? null,
        timezone: meetup.timezone,
        venue: meetup.venue,
      },
      window: wireWindow(meetup),
      state: checkInState(meetup, new Date()),
      checkedInAt: checkedInAt?.toISOString() ?? null,
      already,
    };
  }

  return {
    async venue(actor: AccountMember, token: string) {
      const meetup = await venueMeetup(actor, token);
      const checkIn = await repository.findCheckIn(db, meetup.id, actor.id);
      return venueView(meetup, checkIn?.checkedInAt ?? null, checkIn !== undefined);
    },

    /** Checks the member in; a second time changes nothing and says so. */
    async checkIn(actor: AccountMember, token: string) {
      const meetup = await venueMeetup(actor, token);
      // Checked in already (or marked by an organiser), it says so even once the window closed.
      const earlier = await repository.findCheckIn(db, meetup.id, actor.id);
      if (earlier) return venueView(meetup, earlier.checkedInAt, true);
      const state = checkInState(meetup, new Date());
      if (state !== 'open') {
        throw new AppError(
          'conflict',
          msg(CLOSED[state], { minutes: CHECK_IN_OPENS_MINUTES_BEFORE }),
        );
      }
      const { row, already } = await db.transaction(async (tx) => {
        const result = await repository.insertCheckIn(tx, {
          meetupId: meetup.id,
          memberId: actor.id,
          markedById: null,
        });
        if (!result.already) await meetupChanged(tx, meetup.id, 'check_ins');
        return result;
      });
      return venueView(meetup, row.checkedInAt, already);
    },
  };
}

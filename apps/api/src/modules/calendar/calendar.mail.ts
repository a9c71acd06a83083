import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { findVisibleMeetupEvent } from '../meetups/dated-meetups.service.ts';
import { meetupEvent } from './calendar.service.ts';
import { writeCalendar } from './ics.ts';

/**
 * A meetup as a calendar invitation mailed to one member: METHOD:REQUEST, or METHOD:CANCEL with
 * STATUS:CANCELLED once it is called off, under the UID its file and the feed use, so that the
 * member's calendar updates or drops the event it has. Null when the member may not see the
 * meetup or it has no date.
 */
export async function meetupInvitation(
  db: Db,
  viewer: AccountMember,
  meetupId: string,
  options: {
    publicOrigin: string;
    organizer: { name: string; email: string };
    /** The mail's language, which the event's own words follow. */
    locale: Locale;
    now: Date;
  },
): Promise<{ method: 'REQUEST' | 'CANCEL'; ics: string } | null> {
  const row = await findVisibleMeetupEvent(db, viewer, meetupId);
  if (!row?.startsAt) return null;
  const method = row.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const event = {
    ...meetupEvent(row, row.startsAt, options.publicOrigin, options.locale),
    organizer: options.organizer,
    attendee: viewer.email,
  };
  return {
    method,
    ics: writeCalendar({ name: row.title, events: [event], now: options.now, method }),
  };
}

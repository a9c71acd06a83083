import type { CalendarFeed } from '@praxis/contracts/calendar';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { translate } from '@praxis/i18n/translate';
import { AppError } from '../../app-error.ts';
import { asciiFileName } from '../../file-names.ts';
import { markdownToText } from '../../markdown.ts';
import { hashToken, newToken } from '../../tokens.ts';
import {
  calendarFeedEvents,
  findVisibleMeetupEvent,
  type MeetupEventRow,
} from '../meetups/dated-meetups.service.ts';
import * as repository from './calendar.repository.ts';
import { type CalendarEvent, writeCalendar } from './ics.ts';

/** How far back a feed keeps meetups: long enough to look up last season's, short enough to stay small. */
const FEED_HISTORY_DAYS = 90;

/**
 * A meetup as a calendar event, in the file, the feed and the invitations mailed alike; the
 * words Praxis adds (a cancellation's note) in `locale`, the reader's.
 */
export function meetupEvent(
  row: MeetupEventRow,
  startsAt: Date,
  publicOrigin: string,
  locale: Locale,
): CalendarEvent {
  const url = `${publicOrigin}/meetups/${row.id}`;
  const cancelled = row.status === 'cancelled';
  const reason = row.cancelReason;
  const description = [
    cancelled
      ? reason
        ? translate(locale, 'calendar.event.cancelled', { reason })
        : translate(locale, 'calendar.event.cancelledWithoutReason')
      : '',
    // Calendars show DESCRIPTION as plain text: Markdown's marks would show as they are.
    markdownToText(row.descriptionSource),
    // Many calendar applications show the description but not the URL property.
    url,
  ];
  return {
    uid: `${row.id}@praxis`,
    sequence: row.sequence,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    startsAt,
    endsAt: row.endsAt,
    lastModified: row.updatedAt,
    summary: row.title,
    description: description.filter(Boolean).join('\n\n'),
    location: [row.venue, row.onlineUrl].filter(Boolean).join(' · '),
    url,
  };
}

/**
 * `localeOf`: the language a member reads where no request tells, as a feed fetched by a calendar
 * application: their choice, else the network's default.
 */
export function createCalendarService(
  db: Db,
  publicOrigin: string,
  localeOf: (preference: string | null | undefined) => Locale,
) {
  const toEvent = (row: MeetupEventRow, startsAt: Date, locale: Locale) =>
    meetupEvent(row, startsAt, publicOrigin, locale);

  const inactive: CalendarFeed = { active: false, url: null, createdAt: null };

  return {
    /**
     * One meetup as an .ics file, for a member who may see it and once it has a date; its words
     * in `locale`, the request's.
     */
    async meetupFile(viewer: AccountMember, id: string, locale: Locale, now = new Date()) {
      const row = await findVisibleMeetupEvent(db, viewer, id);
      if (!row) {
        throw new AppError('not_found', msg('errors.meetups.meetupNotVisible'));
      }
      if (!row.startsAt) {
        throw new AppError(
          'conflict',
          row.status === 'cancelled'
            ? msg('errors.calendar.cancelledWithoutDate')
            : msg('errors.calendar.noDateYet'),
        );
      }
      return {
        filename: `${asciiFileName(row.title, 'meetup')}.ics`,
        ics: writeCalendar({
          name: row.title,
          events: [toEvent(row, row.startsAt, locale)],
          now,
        }),
      };
    },

    /** Whether the member has a feed; its URL is only ever shown when it is made. */
    async feed(viewer: AccountMember): Promise<CalendarFeed> {
      const row = await repository.findFeed(db, viewer.id);
      return row ? { active: true, url: null, createdAt: row.createdAt.toISOString() } : inactive;
    },

    async makeFeed(viewer: AccountMember): Promise<CalendarFeed> {
      const { token, tokenHash } = newToken();
      const row = await repository.replaceFeed(db, viewer.id, tokenHash);
      return {
        active: true,
        url: `${publicOrigin}/api/calendar/${token}.ics`,
        createdAt: row.createdAt.toISOString(),
      };
    },

    async revokeFeed(viewer: AccountMember): Promise<CalendarFeed> {
      await repository.deleteFeed(db, viewer.id);
      return inactive;
    },

    /**
     * The feed a token opens, read by calendar applications without a session: the token is
     * the only credential, so an unknown, replaced or revoked one and a deactivated owner all
     * get the same 404.
     */
    async feedFile(token: string, now = new Date()): Promise<string> {
      const owner = await repository.findFeedOwner(db, hashToken(token));
      if (!owner) {
        throw new AppError('not_found', msg('errors.calendar.feedGone'));
      }
      const since = new Date(now.getTime() - FEED_HISTORY_DAYS * 24 * 60 * 60 * 1000);
      const rows = await calendarFeedEvents(db, owner, since);
      const locale = localeOf(owner.locale);
      const events = rows.flatMap((row) =>
        row.startsAt ? [toEvent(row, row.startsAt, locale)] : [],
      );
      return writeCalendar({ name: translate(locale, 'calendar.feed.name'), events, now });
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;

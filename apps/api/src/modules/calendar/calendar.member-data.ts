import { calendarFeeds } from '@praxis/db/schema/calendar';
import { members } from '@praxis/db/schema/members';
import type { Locale } from '@praxis/i18n/locales';
import { translate } from '@praxis/i18n/translate';
import { eq } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';
import { calendarFeedEvents } from '../meetups/dated-meetups.service.ts';
import { accountColumns } from '../members/account-columns.ts';
import { meetupEvent } from './calendar.service.ts';
import { writeCalendar } from './ics.ts';

/**
 * The member's calendar feed (when it was made; never its token) and, as an .ics file, every
 * dated meetup they said they would go to, past ones included.
 */
export function calendarMemberData(
  publicOrigin: string,
  localeOf: (preference: string | null | undefined) => Locale,
): MemberDataArea {
  return {
    name: 'calendar',
    columns: ['calendar_feeds.member_id'],
    async export(db, memberId) {
      const tables = await rowsNaming(db, memberId, [[calendarFeeds, calendarFeeds.memberId]]);
      const [owner] = await db.select(accountColumns).from(members).where(eq(members.id, memberId));
      if (!owner) return { tables };
      const locale = localeOf(owner.locale);
      const rows = await calendarFeedEvents(db, owner, new Date(0));
      const events = rows.flatMap((row) =>
        row.startsAt ? [meetupEvent(row, row.startsAt, publicOrigin, locale)] : [],
      );
      const ics = writeCalendar({
        name: translate(locale, 'calendar.feed.name'),
        events,
        now: new Date(),
      });
      return { tables, files: [{ path: 'meetups.ics', content: ics }] };
    },
    async erase(tx, memberId) {
      await tx.delete(calendarFeeds).where(eq(calendarFeeds.memberId, memberId));
    },
  };
}

import type { Db } from '@praxis/db/client';
import { type meetupStatus, meetups } from '@praxis/db/schema/meetups';
import { inArray } from 'drizzle-orm';

// What mails about meetups show: the title, where it stands and when it is, in its own time
// zone. Callers have checked that the member may see the meetup.

export interface MeetupForMail {
  id: string;
  title: string;
  status: (typeof meetupStatus.enumValues)[number];
  startsAt: Date | null;
  timezone: string;
  venue: string;
  onlineUrl: string;
}

export async function meetupsForMail(db: Db, ids: string[]): Promise<Map<string, MeetupForMail>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: meetups.id,
      title: meetups.title,
      status: meetups.status,
      startsAt: meetups.startsAt,
      timezone: meetups.timezone,
      venue: meetups.venue,
      onlineUrl: meetups.onlineUrl,
    })
    .from(meetups)
    .where(inArray(meetups.id, unique));
  return new Map(rows.map((row) => [row.id, row]));
}

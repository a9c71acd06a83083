import { notifications } from '@praxis/db/schema/notifications';
import { createMeetup, createMember, rsvp } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { planMeetupReminders } from '../modules/reminders/reminders.service.ts';
import { createTestApp } from '../testing/test-app.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('the jobs plugin', () => {
  it('runs due jobs by itself when polling is switched on', async () => {
    const polling = await createTestApp({ JOB_POLL_SECONDS: '1' });
    try {
      const db = polling.database.db;
      const member = await createMember(db);
      const startsAt = new Date(Date.now() + 3 * DAY);
      const meetup = await createMeetup(db, { startsAt });
      await rsvp(db, meetup.id, member.id, 'going');
      // Planned as if a week ago, so its 7-day reminder is overdue now.
      await planMeetupReminders(db, { id: meetup.id, startsAt }, new Date(+startsAt - 8 * DAY));
      await vi.waitFor(
        async () => {
          const rows = await db
            .select({ id: notifications.id })
            .from(notifications)
            .where(eq(notifications.meetupId, meetup.id));
          expect(rows).toHaveLength(1);
        },
        { timeout: 5000, interval: 100 },
      );
    } finally {
      await polling.close();
    }
  });
});

import { notifications } from '@praxis/db/schema/notifications';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AFTER_WINDOW,
  header,
  inSeconds,
  mailsTo,
  newThread,
  postReply,
  settle,
  signedInMember,
} from '../../testing/mail-inbox.ts';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { planDailySummaries } from './daily-summary.ts';
import { NOTICE_MAILS_PER_HOUR } from './notice-mail.service.ts';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;

const person = (overrides: Parameters<typeof signedInMember>[1] = {}) =>
  signedInMember(t, overrides);

beforeAll(async () => {
  smtp = await startSmtpSink();
  // Without INBOUND_*: no reply by e-mail, no mailto unsubscribe.
  t = await createTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** Tomorrow at `hour` o'clock in the network's time zone (Europe/Paris by default). */
const tomorrowAt = (hour: number) =>
  DateTime.now()
    .setZone('Europe/Paris')
    .plus({ days: 1 })
    .set({ hour, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();

async function summarise(now: Date) {
  await planDailySummaries(t.app.db, now, {
    publicOrigin: t.config.publicOrigin,
    mail: t.config.mail,
  });
  await settle(t.app, now);
}

const unmailed = async (memberId: string) =>
  (
    await t.database.db.select().from(notifications).where(eq(notifications.memberId, memberId))
  ).filter((row) => row.mailedAt === null).length;

describe('daily summaries', () => {
  it('mails a daily topic only in the summary, once a day, from 07:00', async () => {
    const author = await person();
    const follower = await person();
    const other = await person({ name: 'Chloé Martin' });
    const thread = await newThread(t, author, 'Open data in small towns');
    await postReply(t, follower, thread.id, 'Following this one.');
    await postReply(t, other, thread.id, 'We published bus timetables first.');
    await settle(t.app, inSeconds(AFTER_WINDOW));
    expect(await mailsTo(smtp, follower.email)).toHaveLength(0);

    await summarise(tomorrowAt(6));
    expect(await mailsTo(smtp, follower.email)).toHaveLength(0);
    await summarise(tomorrowAt(8));
    await summarise(DateTime.fromJSDate(tomorrowAt(8)).plus({ minutes: 5 }).toJSDate());

    const mails = await mailsTo(smtp, follower.email);
    expect(mails).toHaveLength(1);
    const [summary] = mails;
    expect(summary?.subject).toBe('Your daily summary: 1 new notification');
    expect(summary?.html).toContain('Replies in other threads you follow');
    expect(summary?.text).toContain('Chloé Martin replied in “Open data in small towns”');
    expect(summary?.text).toContain('We published bus timetables first.');
    expect(summary?.text).toContain('replies in other threads you follow once a day');
    expect(summary?.text).toContain('Stop daily summaries');
    expect(header(summary ?? ({} as never), 'List-Id')).toBe(
      'Praxis daily summary <daily-summary.praxis.test>',
    );
    expect(summary?.inReplyTo).toBeUndefined();
    expect(await unmailed(follower.id)).toBe(0);
  });

  it('sends no summary when everything was read or mailed', async () => {
    const author = await person();
    const replier = await person();
    const thread = await newThread(t, author, 'Read at once');
    await postReply(t, replier, thread.id, 'Instant, then read.');
    await settle(t.app, inSeconds(AFTER_WINDOW));
    expect(await mailsTo(smtp, author.email)).toHaveLength(1);
    await summarise(tomorrowAt(9));
    expect(await mailsTo(smtp, author.email)).toHaveLength(1);
  });
});

describe('the hourly limit on instant mails', () => {
  it(`turns 50 replies in an hour into ${NOTICE_MAILS_PER_HOUR} mails and puts the rest in the summary`, async () => {
    const author = await person();
    const replier = await person({ name: 'Eager Replier' });
    const thread = await newThread(t, author, 'Busy thread');
    const label = (n: number) => `Burst reply #${String(n).padStart(2, '0')}.`;
    for (let n = 1; n <= 50; n += 1) {
      await postReply(t, replier, thread.id, label(n));
      // Each reply comes after the window of the one before: one mail each, if nothing stopped it.
      await settle(t.app, inSeconds(AFTER_WINDOW));
    }
    const instant = await mailsTo(smtp, author.email);
    expect(instant).toHaveLength(NOTICE_MAILS_PER_HOUR);
    expect(instant.map((mail) => mail.subject)).toEqual(
      Array.from({ length: NOTICE_MAILS_PER_HOUR }, () => 'Eager Replier replied in “Busy thread”'),
    );
    // Without the inbound listener: no Reply-To, and only the https one-click link.
    expect(instant[0]?.replyTo).toBeUndefined();
    expect(header(instant[0] ?? ({} as never), 'List-Unsubscribe')).toMatch(
      /^<http:\/\/praxis\.test\/api\/email\/unsubscribe\?token=[\w-]+>$/,
    );

    await summarise(tomorrowAt(7));
    const mails = await mailsTo(smtp, author.email);
    expect(mails).toHaveLength(NOTICE_MAILS_PER_HOUR + 1);
    const summary = mails.at(-1);
    const held = 50 - NOTICE_MAILS_PER_HOUR;
    expect(summary?.subject).toBe(`Your daily summary: ${held} new notifications`);
    expect(summary?.html).toContain('Replies in threads you started');
    expect(summary?.text).toContain(
      `after you had had ${NOTICE_MAILS_PER_HOUR} e-mails within an hour`,
    );
    for (let n = 1; n <= 50; n += 1) {
      const inSummary = summary?.text?.includes(label(n));
      expect([n, inSummary]).toEqual([n, n > NOTICE_MAILS_PER_HOUR]);
    }
    expect(await unmailed(author.id)).toBe(0);
  });
});

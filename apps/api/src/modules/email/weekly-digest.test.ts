import type { ThreadDetail } from '@praxis/contracts/threads';
import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { emailDeliveries } from '@praxis/db/schema/email';
import { jobs } from '@praxis/db/schema/jobs';
import { meetupSlots, meetupVotes } from '@praxis/db/schema/meetups';
import { threads } from '@praxis/db/schema/threads';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
  rsvp,
} from '@praxis/db/testing/factories';
import { and, eq, like } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../plugins/job-queue.ts';
import {
  firstDigestDue,
  header,
  mailsTo,
  postReply,
  settle,
  signedInMember,
} from '../../testing/mail-inbox.ts';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { weeklySlot } from './mail-times.ts';
import { choose } from './preferences.repository.ts';
import { WEEKLY_DIGEST } from './topics.ts';
import { planWeeklyDigests, SEND_WEEKLY_DIGEST } from './weekly-digest.service.ts';

const [ZONE, DAY_MS] = ['Europe/Paris', 24 * 3600 * 1000];

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let reader: { id: string; email: string; cookie: string };
let ownCohort: string;
let otherCohort: string;
let openPoll: string;
let unansweredMeetup: string;
let answeredMeetup: string;
let danaId: string;

const LISTED = [
  'Unseen failure with shared services',
  'Cohort story the reader may see',
  'How do we buy software together',
  'Who has run a service design sprint',
  'Spring exchange in Sarajevo',
  'When shall we meet in autumn',
  'Nina Newcomer',
] as const;
const LEFT_OUT = [
  'Opened story about procurement pilots',
  'Story kept inside another cohort',
  'My own story of a pilot',
  'Story from a fortnight ago',
  'Best compost for the office garden',
  'Already answered procurement question',
  'Meetup the reader answered',
  'Exchange far in the future',
  'Meetup for another cohort only',
  'Poll the reader voted in',
  'Olga Oldtimer',
  'Dana Deactivated',
] as const;

const person = (overrides: Parameters<typeof signedInMember>[1] = {}) =>
  signedInMember(t, overrides);

async function post(cookie: string, payload: Record<string, unknown>) {
  const learned = 'Start with the agency that feels the pain most.';
  const story = {
    context: 'Six agencies.',
    tried: 'A contract.',
    happened: 'Two joined.',
    learned,
  };
  const body = payload.kind === 'question' ? { body: 'Any experience?' } : { story };
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie,
    payload: { ...body, ...payload },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

/** A date poll of the reader's cohort over two dates in the next weeks. */
async function poll(title: string) {
  const { id: seriesId } = await createMeetupSeries(t.database.db, { cohortIds: [ownCohort] });
  const meetup = { seriesId, title, status: 'proposed' as const, startsAt: null };
  const { id } = await createMeetup(t.database.db, meetup);
  const dates = [40, 47].map((days) => new Date(Date.now() + days * DAY_MS));
  const slots = dates.map((startsAt) => ({
    meetupId: id,
    startsAt,
    endsAt: startsAt,
    timezone: ZONE,
  }));
  const rows = await t.database.db.insert(meetupSlots).values(slots).returning();
  return { id, slotIds: rows.map((slot) => slot.id) };
}

const vote = (slotId: string, memberId: string) =>
  t.database.db.insert(meetupVotes).values({ slotId, memberId, choice: 'yes' });

/** Next Monday 07:30: the first digest of members made now (never before now, when jobs run). */
/** Whether the member's digest job of `now`'s week ran to its end without an error. */
async function doneCleanly(memberId: string, now: Date) {
  const key = `${SEND_WEEKLY_DIGEST}:${memberId}:${weeklySlot(now, ZONE).key}`;
  const [job] = await t.database.db.select().from(jobs).where(eq(jobs.key, key));
  return job?.doneAt != null && job.lastError === null;
}

const weeklyDeliveries = (memberId: string) =>
  t.database.db
    .select()
    .from(emailDeliveries)
    .where(and(eq(emailDeliveries.memberId, memberId), eq(emailDeliveries.purpose, 'weekly')));

/** A member of the reader's cohort for a month (no news to the reader), with no digest yet. */
async function cohortMate() {
  const mate = await person();
  const joinedAt = new Date(Date.now() - 30 * DAY_MS);
  await t.database.db
    .insert(cohortMemberships)
    .values({ cohortId: ownCohort, memberId: mate.id, joinedAt });
  return mate;
}

/** The weekly digests the sink received for `address`, parsed. */
const digestsTo = async (address: string) =>
  (await mailsTo(smtp, address)).filter((mail) => mail.subject?.startsWith('Your week on Praxis'));

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Praxis <praxis@praxis.test>' });
  const db = t.database.db;
  reader = await person({
    name: 'Rita Reader',
    profile: { expertise: ['procurement'], adviceTopics: ['service design'] },
  });
  const author = await person({ name: 'Ana Author' });
  const outsider = await createMember(db, { name: 'Oscar Outsider' });
  ownCohort = (
    await createCohort(db, { name: 'La Transfo 2024', memberIds: [reader.id, author.id] })
  ).id;
  otherCohort = (await createCohort(db, { memberIds: [author.id, outsider.id] })).id;
  await db.update(cohortMemberships).set({ joinedAt: new Date(Date.now() - 30 * DAY_MS) });
  const olga = await createMember(db, { name: 'Olga Oldtimer' });
  const nina = await createMember(db, { name: 'Nina Newcomer', profile: { headline: 'Lab lead' } });
  const dana = await createMember(db, { name: 'Dana Deactivated', deactivated: true });
  danaId = dana.id;
  await db.insert(cohortMemberships).values([
    { cohortId: ownCohort, memberId: olga.id, joinedAt: new Date(Date.now() - 30 * DAY_MS) },
    { cohortId: ownCohort, memberId: nina.id },
    { cohortId: ownCohort, memberId: dana.id },
  ]);

  const opened = await post(author.cookie, { kind: 'success', title: LEFT_OUT[0] });
  await t.request({ method: 'GET', url: `/api/threads/${opened.id}`, cookie: reader.cookie });
  await post(author.cookie, { kind: 'failure', title: LISTED[0] });
  await post(author.cookie, { kind: 'success', title: LISTED[1], cohortId: ownCohort });
  await post(author.cookie, { kind: 'success', title: LEFT_OUT[1], cohortId: otherCohort });
  await post(reader.cookie, { kind: 'success', title: LEFT_OUT[2] });
  const old = await post(author.cookie, { kind: 'success', title: LEFT_OUT[3] });
  const fortnightAgo = new Date(Date.now() - 14 * DAY_MS);
  await db.update(threads).set({ createdAt: fortnightAgo }).where(eq(threads.id, old.id));
  await post(author.cookie, { kind: 'question', title: LISTED[2], tags: ['procurement'] });
  await post(author.cookie, { kind: 'question', title: LISTED[3], tags: ['service design'] });
  await post(author.cookie, { kind: 'question', title: LEFT_OUT[4], tags: ['gardening'] });
  const answered = await post(author.cookie, {
    kind: 'question',
    title: LEFT_OUT[5],
    tags: ['procurement'],
  });
  await postReply(t, await person(), answered.id, 'We pooled it through the purchasing body.');

  const inDays = (days: number) => new Date(Date.now() + days * DAY_MS);
  answeredMeetup = (await createMeetup(db, { title: LEFT_OUT[6], startsAt: inDays(10) })).id;
  await rsvp(db, answeredMeetup, reader.id, 'not_going');
  unansweredMeetup = (
    await createMeetup(db, { title: LISTED[4], startsAt: inDays(20), venue: 'City Hall' })
  ).id;
  await createMeetup(db, { title: LEFT_OUT[7], startsAt: inDays(90) });
  const hidden = await createMeetupSeries(db, { cohortIds: [otherCohort] });
  await createMeetup(db, { title: LEFT_OUT[8], seriesId: hidden.id, startsAt: inDays(15) });
  const voted = await poll(LEFT_OUT[9]);
  await vote(voted.slotIds[0] ?? '', reader.id);
  openPoll = (await poll(LISTED[5])).id;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('weekly digest', () => {
  it('is not planned before Monday 07:00, then for each active member who has it on', async () => {
    const off = await createMember(t.database.db);
    await choose(t.database.db, off.id, [{ topic: WEEKLY_DIGEST, mode: 'off' }]);
    const early = DateTime.fromISO('2026-01-05T06:59', { zone: ZONE }).toJSDate();
    expect(await planWeeklyDigests(t.database.db, early, ZONE)).toBeNull();
    const ofWeek2 = `${SEND_WEEKLY_DIGEST}:%:2026-W02`;
    const planned = () => t.database.db.select().from(jobs).where(like(jobs.key, ofWeek2));
    expect(await planned()).toEqual([]);

    const seven = DateTime.fromISO('2026-01-05T07:00', { zone: ZONE }).toJSDate();
    expect(await planWeeklyDigests(t.database.db, seven, ZONE)).toBe('2026-W02');
    const keys = (await planned()).map((job) => job.key);
    expect(keys).toContain(`${SEND_WEEKLY_DIGEST}:${reader.id}:2026-W02`);
    expect(keys.some((key) => key.includes(off.id))).toBe(false);
    expect(keys.some((key) => key.includes(danaId))).toBe(false);
  });

  it('mails exactly what the member has not seen and may see, counted in the subject, from the Monday after they joined', async () => {
    const joinedWeek = new Date(Date.now() + 60_000);
    await planWeeklyDigests(t.database.db, joinedWeek, ZONE);
    await settle(t.app, joinedWeek);
    expect(await digestsTo(reader.email)).toEqual([]);
    const now = firstDigestDue(ZONE);
    await planWeeklyDigests(t.database.db, now, ZONE);
    await settle(t.app, now);
    const [mail, ...more] = await digestsTo(reader.email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe(
      'Your week on Praxis: 2 stories, 2 questions for you, 1 meetup to answer, 1 date poll to vote in, 1 new member',
    );
    const text = mail?.text ?? '';
    const html = String(mail?.html);
    for (const part of [text, html]) {
      for (const title of LISTED) expect(part).toContain(title);
      for (const title of LEFT_OUT) expect(part).not.toContain(title);
    }
    expect(text).toContain('A success story by Ana Author, for La Transfo 2024');
    expect(text).toContain('Asked by Ana Author, about service design');
    expect(text).toMatch(/\w{3} \d{1,2} \w+, \d\d:\d\d \S+, at City Hall/);
    expect(text).toContain('2 possible dates, from');
    expect(text).toContain('Lab lead');
    for (const path of [`meetups/${unansweredMeetup}`, `meetups/${openPoll}`, 'settings/email']) {
      expect(html).toContain(`http://praxis.test/${path}`);
    }
    expect(html).toMatch(/http:\/\/praxis\.test\/unsubscribe\?token=[\w-]+/);
    if (!mail) throw new Error('no digest');
    expect(header(mail, 'List-Id')).toBe('Praxis weekly digest <weekly-digest.praxis.test>');
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(header(mail, 'Auto-Submitted')).toBe('auto-generated');
    expect(header(mail, 'List-Unsubscribe')).toMatch(
      /^<http:\/\/praxis\.test\/api\/email\/unsubscribe\?token=[\w-]+>$/,
    );
  });

  it('goes once a week however often the weekly task runs', async () => {
    const mate = await cohortMate();
    const now = firstDigestDue(ZONE);
    const sunday = DateTime.fromJSDate(now, { zone: ZONE }).endOf('week').minus({ minutes: 1 });
    const later = sunday.toMillis() > now.getTime() ? sunday.toJSDate() : now;
    const week = await planWeeklyDigests(t.database.db, now, ZONE);
    await settle(t.app, now);
    expect(await planWeeklyDigests(t.database.db, later, ZONE)).toBe(week);
    await settle(t.app, later);
    expect(await digestsTo(mate.email)).toHaveLength(1);
    expect(await weeklyDeliveries(mate.id)).toHaveLength(1);
  });

  it('sends nothing to a member who turned it off', async () => {
    const quiet = await cohortMate();
    const now = firstDigestDue(ZONE);
    await planWeeklyDigests(t.database.db, now, ZONE);
    await choose(t.database.db, quiet.id, [{ topic: WEEKLY_DIGEST, mode: 'off' }]);
    await settle(t.app, now);
    expect(await digestsTo(quiet.email)).toEqual([]);
    expect(await doneCleanly(quiet.id, now)).toBe(true);
    expect(await weeklyDeliveries(quiet.id)).toEqual([]);
  });

  it('sends nothing in a week with nothing new', async () => {
    // Outside every cohort, with both upcoming meetups of the network answered: next week, when
    // every story, question and poll of this one is old news, nothing waits for them.
    const settled = await person();
    for (const meetupId of [unansweredMeetup, answeredMeetup]) {
      await rsvp(t.database.db, meetupId, settled.id, 'going');
    }
    // Planned for them alone: everyone else's next week is no business of the other tests.
    const nextWeek = new Date(firstDigestDue(ZONE).getTime() + 7 * DAY_MS);
    const week = weeklySlot(nextWeek, ZONE).key;
    await enqueue(t.database.db, {
      kind: SEND_WEEKLY_DIGEST,
      key: `${SEND_WEEKLY_DIGEST}:${settled.id}:${week}`,
      payload: { memberId: settled.id, week },
      runAt: nextWeek,
    });
    await settle(t.app, nextWeek);
    expect(await doneCleanly(settled.id, nextWeek)).toBe(true);
    expect(await digestsTo(settled.email)).toEqual([]);
    expect(await weeklyDeliveries(settled.id)).toEqual([]);
  });
});

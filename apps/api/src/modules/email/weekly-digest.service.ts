import type { Db } from '@praxis/db/client';
import { renderMail } from '../../lib/mail-layout.tsx';
import { sideBySide } from '../../lib/side-by-side.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import { newCohortMates } from '../cohorts/cohorts.digest.ts';
import { pollsAwaitingVote, unansweredMeetups } from '../meetups/meetups.digest.ts';
import { activeMembersAfter, digestReader } from '../members/members.digest.ts';
import { unansweredQuestionsOn, unopenedStories } from '../threads/threads.digest.ts';
import { hardBounced, queueMail } from './deliveries.ts';
import { languageOf, type MailOptions } from './email.jobs.ts';
import { listHeaders } from './mail-headers.ts';
import { weeklySlot, weekStart } from './mail-times.ts';
import { chosenModes } from './preferences.repository.ts';
import { modesFor, WEEKLY_DIGEST } from './topics.ts';
import { digestMail } from './weekly-digest.content.ts';

/** The job that gathers and mails one member's digest of one week. */
export const SEND_WEEKLY_DIGEST = 'weekly_digest';

const DAY_MS = 24 * 3600 * 1000;
/** A digest tells of what was new in the 7 days before it. */
const WEEK_MS = 7 * DAY_MS;
/** Meetups that start within this many days are "upcoming". */
const UPCOMING_DAYS = 60;
/** A section lists at most this many items, then links to the rest. */
const SECTION_ITEMS = 8;
/** Members planned per statement, so that a large network is not one giant insert. */
const PLAN_CHUNK = 500;

/**
 * Queues this week's digest of every active member who has it on (the default), once the week's
 * hour has come (Monday 07:00 in the network's time zone). Each job is keyed by member and week,
 * so however many instances and polls run this, a member gets one digest a week. Resolves with
 * the week planned, or null before its hour.
 */
export async function planWeeklyDigests(
  db: Db,
  now: Date,
  timeZone: string,
): Promise<string | null> {
  const week = weeklySlot(now, timeZone);
  if (!week.due) return null;
  let after: string | null = null;
  for (;;) {
    const chunk = await activeMembersAfter(db, after, PLAN_CHUNK);
    if (chunk.length === 0) break;
    const chosen = await chosenModes(
      db,
      chunk.map((member) => member.id),
    );
    const readers = chunk.filter(
      (member) => modesFor(member.role, chosen.get(member.id) ?? new Map()).weeklyDigest,
    );
    await enqueue(
      db,
      readers.map((member) => ({
        kind: SEND_WEEKLY_DIGEST,
        key: `${SEND_WEEKLY_DIGEST}:${member.id}:${week.key}`,
        payload: { memberId: member.id, week: week.key },
        runAt: now,
      })),
    );
    after = chunk[chunk.length - 1]?.id ?? null;
    if (chunk.length < PLAN_CHUNK) break;
  }
  return week.key;
}

export type Digest = Awaited<ReturnType<typeof gatherDigest>>;

/**
 * What the week before `now` brought `reader` that they have not seen: stories they have not
 * opened, unanswered questions on what they know or advise on, meetups they have not answered
 * and polls they have not voted in, and who joined their cohorts. Each part applies its owning
 * module's visibility rule, so a digest shows only what the reader may see.
 */
export async function gatherDigest(
  db: Db,
  reader: NonNullable<Awaited<ReturnType<typeof digestReader>>>,
  now: Date,
) {
  const window = { since: new Date(now.getTime() - WEEK_MS), until: now };
  const { id, email, name, role, locale } = reader;
  const viewer = { id, email, name, role, locale };
  const topics = [...new Set([...reader.expertise, ...reader.adviceTopics])];
  const upcoming = { from: now, until: new Date(now.getTime() + UPCOMING_DAYS * DAY_MS) };
  const [stories, questions, meetups, polls, members] = await sideBySide(db, [
    () => unopenedStories(db, viewer, window, SECTION_ITEMS),
    () => unansweredQuestionsOn(db, viewer, topics, window, SECTION_ITEMS),
    () => unansweredMeetups(db, viewer, upcoming, SECTION_ITEMS),
    () => pollsAwaitingVote(db, viewer, now, SECTION_ITEMS),
    () => newCohortMates(db, reader.id, window, SECTION_ITEMS),
  ]);
  return { since: window.since, stories, questions, meetups, polls, members };
}

const isEmpty = (digest: Digest) =>
  [digest.stories, digest.questions, digest.meetups, digest.polls, digest.members].every(
    (part) => part.total === 0,
  );

/**
 * Mails a member their digest, in the job's transaction: nothing when they turned it off or left
 * since it was planned, when mail to them bounces for good, or when the week brought them
 * nothing. A digest whose week is over (the runner was down, or retries ran past it) is dropped:
 * the next week's tells of the same days.
 */
export function sendWeeklyDigest(deps: MailOptions) {
  return async (db: Db, job: Job, now: Date) => {
    const { memberId, week } = job.payload;
    if (!memberId || !week) throw new Error('weekly_digest without its member and week');
    if (weeklySlot(now, deps.mail.timeZone).key !== week) return;
    const reader = await digestReader(db, memberId);
    // Joined during this week: the first digest is next Monday's, with a whole week in it.
    if (!reader || reader.createdAt > weekStart(now, deps.mail.timeZone)) return;
    const chosen = (await chosenModes(db, [memberId])).get(memberId) ?? new Map();
    if (!modesFor(reader.role, chosen).weeklyDigest) return;
    if (await hardBounced(db, reader.email)) return;
    const digest = await gatherDigest(db, reader, now);
    if (isEmpty(digest)) return;
    const list = await listHeaders(db, { ...deps, memberId, topic: WEEKLY_DIGEST });
    const { subject, content } = digestMail(
      digest,
      {
        publicOrigin: deps.publicOrigin,
        timeZone: deps.mail.timeZone,
        preferencesPage: list.preferencesPage,
        unsubscribePage: list.unsubscribePage,
      },
      languageOf(deps, reader),
    );
    const { html, text } = await renderMail(content);
    await queueMail(db, {
      memberId,
      purpose: 'weekly',
      message: { to: reader.email, subject, text, html, headers: list.headers },
    });
  };
}

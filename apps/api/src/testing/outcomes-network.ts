import type { Db } from '@praxis/db/client';
import { adviceRequests } from '@praxis/db/schema/advice';
import { messages, rooms } from '@praxis/db/schema/chat';
import {
  agendaItems,
  meetupCheckIns,
  meetupSlots,
  meetupVotes,
  rsvps,
} from '@praxis/db/schema/meetups';
import { helpfulMarks, replies, threads } from '@praxis/db/schema/threads';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
  createProgramme,
} from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';

// The small network of the outcomes dashboard's tests (outcomes.test.ts works its figures out by
// hand). All times are UTC; the period
// asked for is January to March 2025, long past, so "over a week ago" holds for all of it.
//
// Programme P: cohort A (ann, bob, gone — deactivated), cohort B (cat, fay).
// Programme Q: cohort C (dan). eve, gus, org (organiser) and mem are in no cohort.
// Joined in the period: bob 2025-01-05, fay 01-20, cat 02-10, gus 03-25; the others before or after.

type Ids = Record<string, string>;

const at = (iso: string) => new Date(`${iso}Z`);

async function thread(
  db: Db,
  ids: Ids,
  key: string,
  author: string,
  kind: 'question' | 'success' | 'failure',
  createdAt: string,
  hidden = false,
) {
  const [row] = await db
    .insert(threads)
    .values({
      kind,
      title: `Thread ${key}`,
      authorId: ids[author] ?? '',
      createdAt: at(createdAt),
      lastActivityAt: at(createdAt),
      hiddenAt: hidden ? at(createdAt) : null,
    })
    .returning({ id: threads.id });
  ids[key] = row?.id ?? '';
}

async function reply(
  db: Db,
  ids: Ids,
  key: string,
  on: string,
  author: string,
  createdAt: string,
  deleted = false,
) {
  const [row] = await db
    .insert(replies)
    .values({
      threadId: ids[on] ?? '',
      authorId: ids[author] ?? '',
      bodySource: 'An answer.',
      bodyHtml: '<p>An answer.</p>',
      createdAt: at(createdAt),
      deletedAt: deleted ? at(createdAt) : null,
    })
    .returning({ id: replies.id });
  ids[key] = row?.id ?? '';
}

async function accept(db: Db, ids: Ids, question: string, answer: string) {
  await db
    .update(threads)
    .set({ acceptedReplyId: ids[answer] ?? '' })
    .where(eq(threads.id, ids[question] ?? ''));
}

/** Builds the network: its ids by name (members by handle), and the two accounts that sign in. */
export async function buildOutcomesNetwork(db: Db) {
  const ids: Ids = {};
  const person = async (handle: string, createdAt?: string, extra = {}) => {
    const row = await createMember(db, {
      handle,
      ...extra,
      profile: createdAt ? { createdAt: at(createdAt) } : {},
    });
    ids[handle] = row.id;
    return row;
  };
  await person('ann', '2024-06-01T00:00:00');
  await person('bob', '2025-01-05T00:00:00');
  await person('cat', '2025-02-10T00:00:00');
  await person('dan', '2024-05-01T00:00:00');
  await person('eve', '2024-01-01T00:00:00');
  await person('fay', '2025-01-20T00:00:00');
  await person('gus', '2025-03-25T00:00:00');
  await person('gone', undefined, { deactivated: true });
  const org = await person('org', undefined, { role: 'organiser' });
  const mem = await person('mem');

  const p = await createProgramme(db, 'Programme P');
  const q = await createProgramme(db, 'Programme Q');
  ids.P = p.id;
  ids.Q = q.id;
  const cohort = async (key: string, programmeId: string, year: number, who: string[]) => {
    const row = await createCohort(db, {
      programmeId,
      name: `Cohort ${key}`,
      year,
      memberIds: who.map((handle) => ids[handle] ?? ''),
    });
    ids[key] = row.id;
  };
  await cohort('A', p.id, 2024, ['ann', 'bob', 'gone']);
  await cohort('B', p.id, 2024, ['cat', 'fay']);
  await cohort('C', q.id, 2023, ['dan']);

  // Questions. q1: first answer after 2 h (bob), solved by cat's reply after 24 h.
  await thread(db, ids, 'q1', 'ann', 'question', '2025-01-10T10:00:00');
  await reply(db, ids, 'q1b', 'q1', 'bob', '2025-01-10T12:00:00');
  await reply(db, ids, 'q1c', 'q1', 'cat', '2025-01-11T10:00:00');
  await accept(db, ids, 'q1', 'q1c');
  // q2: the asker's own reply is no answer; dan answers after 6 h and is accepted.
  await thread(db, ids, 'q2', 'bob', 'question', '2025-02-01T00:00:00');
  await reply(db, ids, 'q2b', 'q2', 'bob', '2025-02-01T01:00:00');
  await reply(db, ids, 'q2d', 'q2', 'dan', '2025-02-01T06:00:00');
  await accept(db, ids, 'q2', 'q2d');
  // q3: no reply at all. q4: only a deleted reply. Both unanswered for over a week.
  await thread(db, ids, 'q3', 'cat', 'question', '2025-02-15T00:00:00');
  await thread(db, ids, 'q4', 'dan', 'question', '2025-03-05T00:00:00');
  await reply(db, ids, 'q4a', 'q4', 'ann', '2025-03-05T01:00:00', true);
  // q5: answered after 10 h, not solved. q6 hidden by a moderator, q7 before the period.
  await thread(db, ids, 'q5', 'ann', 'question', '2025-03-20T00:00:00');
  await reply(db, ids, 'q5e', 'q5', 'eve', '2025-03-20T10:00:00');
  await thread(db, ids, 'q6', 'ann', 'question', '2025-03-21T00:00:00', true);
  await thread(db, ids, 'q7', 'ann', 'question', '2024-12-31T23:00:00');

  // Stories: s4 is hidden.
  await thread(db, ids, 's1', 'ann', 'success', '2025-01-15T00:00:00');
  await thread(db, ids, 's2', 'cat', 'failure', '2025-02-20T00:00:00');
  await thread(db, ids, 's3', 'dan', 'failure', '2025-03-01T00:00:00');
  await thread(db, ids, 's4', 'eve', 'success', '2025-03-02T00:00:00', true);

  // Advice: ann asks dan (never replies on q1) and cat (replies the next day) on q1; bob asks
  // dan on q2 (replies an hour later); cat asks eve on q3 (no reply).
  const advice = (thread: string, by: string, asked: string, createdAt: string) => ({
    threadId: ids[thread] ?? '',
    askedById: ids[by] ?? '',
    memberId: ids[asked] ?? '',
    createdAt: at(createdAt),
  });
  await db
    .insert(adviceRequests)
    .values([
      advice('q1', 'ann', 'dan', '2025-01-10T11:00:00'),
      advice('q1', 'ann', 'cat', '2025-01-10T11:00:00'),
      advice('q2', 'bob', 'dan', '2025-02-01T05:00:00'),
      advice('q3', 'cat', 'eve', '2025-02-16T00:00:00'),
    ]);

  // Other activity: fay marks a post helpful the day after joining and never again; mem marks
  // one in March; org chats in March.
  await db.insert(helpfulMarks).values([
    { threadId: ids.s1 ?? '', memberId: ids.fay ?? '', createdAt: at('2025-01-21T00:00:00') },
    { threadId: ids.s1 ?? '', memberId: ids.mem ?? '', createdAt: at('2025-03-15T00:00:00') },
  ]);
  const [room] = await db
    .insert(rooms)
    .values({ kind: 'direct', directKey: 'outcomes-test' })
    .returning({ id: rooms.id });
  await db.insert(messages).values({
    roomId: room?.id ?? '',
    seq: 1,
    change: 1,
    authorId: ids.org ?? '',
    clientId: 'outcomes-test-1',
    body: 'Hello',
    html: '<p>Hello</p>',
    createdAt: at('2025-03-12T00:00:00'),
  });

  // M1, network-wide, on 10 March: ann, bob and cat vote; ann, bob and dan go (cat does not);
  // ann, dan and eve check in; ann's contribution is accepted, bob's only proposed, dan's declined.
  const network = await createMeetupSeries(db, { name: 'Inter-Transfo' });
  const m1 = await createMeetup(db, {
    seriesId: network.id,
    title: 'Spring exchange',
    status: 'done',
    startsAt: at('2025-03-10T18:00:00'),
  });
  ids.M1 = m1.id;
  const [slot] = await db
    .insert(meetupSlots)
    .values({
      meetupId: m1.id,
      startsAt: at('2025-03-10T18:00:00'),
      endsAt: at('2025-03-10T21:00:00'),
      timezone: 'Europe/Paris',
    })
    .returning({ id: meetupSlots.id });
  await db.insert(meetupVotes).values(
    (['ann', 'bob', 'cat'] as const).map((handle, i) => ({
      slotId: slot?.id ?? '',
      memberId: ids[handle] ?? '',
      choice: i === 1 ? ('no' as const) : ('yes' as const),
      updatedAt: at('2025-02-25T00:00:00'),
    })),
  );
  const answer = (meetup: string, handle: string, status: 'going' | 'not_going', day: string) => ({
    meetupId: ids[meetup] ?? '',
    memberId: ids[handle] ?? '',
    status,
    updatedAt: at(day),
  });
  await db
    .insert(rsvps)
    .values([
      answer('M1', 'ann', 'going', '2025-02-26T00:00:00'),
      answer('M1', 'bob', 'going', '2025-02-26T00:00:00'),
      answer('M1', 'cat', 'not_going', '2025-02-26T00:00:00'),
      answer('M1', 'dan', 'going', '2025-02-26T00:00:00'),
    ]);
  const checkIn = (meetup: string, handle: string, when: string) => ({
    meetupId: ids[meetup] ?? '',
    memberId: ids[handle] ?? '',
    checkedInAt: at(when),
  });
  await db
    .insert(meetupCheckIns)
    .values(['ann', 'dan', 'eve'].map((handle) => checkIn('M1', handle, '2025-03-10T18:05:00')));
  const contribution = (handle: string, status: 'accepted' | 'proposed' | 'declined') => ({
    meetupId: m1.id,
    speakerId: ids[handle] ?? '',
    title: `${handle}'s story`,
    kind: 'success_story' as const,
    minutes: 10,
    status,
    createdAt: at('2025-02-27T00:00:00'),
  });
  await db
    .insert(agendaItems)
    .values([
      contribution('ann', 'accepted'),
      contribution('bob', 'proposed'),
      contribution('dan', 'declined'),
    ]);

  // M2 invites cohort C only, on 5 February: dan answers on 1 February and checks in.
  const cohortSeries = await createMeetupSeries(db, {
    name: 'Cohort C days',
    cohortIds: [ids.C ?? ''],
  });
  const m2 = await createMeetup(db, {
    seriesId: cohortSeries.id,
    title: 'Cohort C day',
    status: 'done',
    startsAt: at('2025-02-05T09:00:00'),
  });
  ids.M2 = m2.id;
  await db.insert(rsvps).values(answer('M2', 'dan', 'going', '2025-02-01T00:00:00'));
  await db.insert(meetupCheckIns).values(checkIn('M2', 'dan', '2025-02-05T09:10:00'));
  // Neither a cancelled meetup nor one after the period counts.
  await createMeetup(db, {
    seriesId: network.id,
    status: 'cancelled',
    startsAt: at('2025-03-20T18:00:00'),
  });
  await createMeetup(db, { seriesId: network.id, startsAt: at('2025-05-01T18:00:00') });
  return { ids, organiser: org, member: mem };
}

import type { MeetupDetail } from '@praxis/contracts/meetups';
import { meetups as meetupsTable } from '@praxis/db/schema/meetups';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetupsTestApp, type Person, slot } from '../../testing/meetups-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';

const meetups = meetupsTestApp();
const { newSeries, propose } = meetups;
let t: TestApp;
let organiser: Person;
let amra: Person;
let bruno: Person;
beforeAll(() => {
  ({ t, organiser, amra, bruno } = meetups.people);
});

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const read = async (who: Person, id: string) =>
  (
    await t.request({ method: 'GET', url: `/api/meetups/${id}`, cookie: who.cookie })
  ).json() as MeetupDetail;

const vote = (who: Person, meetup: MeetupDetail, payload: object) =>
  t.request({ method: 'PUT', url: `/api/meetups/${meetup.id}/votes`, cookie: who.cookie, payload });

const firstSlotYes = (meetup: MeetupDetail) => [{ slotId: meetup.slots[0]?.id, choice: 'yes' }];

describe('the deadline of a date poll', () => {
  it('is set when proposing, and shown to everyone invited', async () => {
    const series = await newSeries();
    const closesAt = inDays(3);
    const meetup = await propose(series.id, { pollClosesAt: closesAt });
    expect(meetup.poll.closesAt).toBe(new Date(closesAt).toISOString());
    expect((await read(amra, meetup.id)).poll.closesAt).toBe(meetup.poll.closesAt);
    expect((await read(amra, meetup.id)).can.vote).toBe(true);
  });

  it.each([
    ['in the past', () => inDays(-1), 'Choose a time that has not passed yet.'],
    [
      'after the first candidate date starts',
      () => '2030-03-15T12:00:00.000Z',
      'Choose a time before the first date of the poll.',
    ],
    ['that is not a date', () => 'next friday', 'Give the voting deadline as a date and time.'],
  ])('refuses a deadline %s with a 400 on the field', async (_case, closesAt, message) => {
    const series = await newSeries();
    const response = await t.request({
      method: 'POST',
      url: `/api/meetup-series/${series.id}/meetups`,
      cookie: organiser.cookie,
      payload: {
        title: 'Deadline refused',
        slots: [slot('2030-03-14'), slot('2030-03-21')],
        pollClosesAt: closesAt(),
      },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields.pollClosesAt).toBe(message);
  });

  it('is changed or removed by organisers while the poll is open, and not by members', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id);
    expect(meetup.poll.closesAt).toBeNull();
    const patch = (who: Person, pollClosesAt: string | null) =>
      t.request({
        method: 'PATCH',
        url: `/api/meetups/${meetup.id}`,
        cookie: who.cookie,
        payload: { pollClosesAt },
      });
    const closesAt = inDays(5);
    const set = await patch(organiser, closesAt);
    expect(set.statusCode, set.body).toBe(200);
    expect((set.json() as MeetupDetail).poll.closesAt).toBe(closesAt);
    expect((await patch(amra, inDays(6))).statusCode).toBe(403);
    const past = await patch(organiser, inDays(-2));
    expect(past.statusCode).toBe(400);
    expect(past.json().error.message).toBe('The voting deadline must be in the future.');
    const removed = await patch(organiser, null);
    expect((removed.json() as MeetupDetail).poll.closesAt).toBeNull();

    await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/schedule`,
      cookie: organiser.cookie,
      payload: { slotId: meetup.slots[0]?.id },
    });
    const afterPick = await patch(organiser, inDays(4));
    expect(afterPick.statusCode).toBe(409);
    expect(afterPick.json().error.message).toMatch(/no poll left/);
  });

  it('refuses votes once it has passed, until an organiser extends it', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id, { pollClosesAt: inDays(2) });
    expect((await vote(amra, meetup, { votes: firstSlotYes(meetup) })).statusCode).toBe(200);
    await t.database.db
      .update(meetupsTable)
      .set({ pollClosesAt: new Date(Date.now() - 60_000) })
      .where(eq(meetupsTable.id, meetup.id));
    const late = await vote(bruno, meetup, { votes: firstSlotYes(meetup) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe(
      'Voting has closed: the deadline has passed. An organiser can extend it.',
    );
    const closed = await read(bruno, meetup.id);
    expect(closed.can.vote).toBe(false);
    expect(closed.slots[0]?.totals).toEqual({ yes: 1, ifNeedBe: 0, no: 0 });

    await t.request({
      method: 'PATCH',
      url: `/api/meetups/${meetup.id}`,
      cookie: organiser.cookie,
      payload: { pollClosesAt: inDays(1) },
    });
    expect((await vote(bruno, meetup, { votes: firstSlotYes(meetup) })).statusCode).toBe(200);
  });
});

describe('comments on a date poll', () => {
  it('are saved with the votes, trimmed, shown beside the voter, kept when left out and removed when emptied', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id);
    const votes = firstSlotYes(meetup);
    await vote(amra, meetup, { votes, comment: '  Only mornings that week.  ' });
    await vote(bruno, meetup, { votes: [{ slotId: meetup.slots[0]?.id, choice: 'no' }] });
    const seen = await read(bruno, meetup.id);
    const comments = Object.fromEntries(seen.voters.map((v) => [v.member.handle, v.comment]));
    expect(comments).toEqual({ amra: 'Only mornings that week.', bruno: null });
    expect(seen.slots[0]?.totals).toEqual({ yes: 1, ifNeedBe: 0, no: 1 });

    await vote(amra, meetup, { votes: [{ slotId: meetup.slots[1]?.id, choice: 'if_need_be' }] });
    const kept = await read(amra, meetup.id);
    expect(kept.voters.find((v) => v.member.handle === 'amra')?.comment).toBe(
      'Only mornings that week.',
    );

    const emptied = await vote(amra, meetup, { votes, comment: '   ' });
    const after = emptied.json() as MeetupDetail;
    expect(after.voters.find((v) => v.member.handle === 'amra')?.comment).toBeNull();
  });

  it('refuses a comment over 500 characters with a 400, and saves none of the votes', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id);
    const response = await vote(amra, meetup, {
      votes: firstSlotYes(meetup),
      comment: 'x'.repeat(501),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.comment).toBe('Keep the comment to 500 characters.');
    expect((await read(amra, meetup.id)).voters).toEqual([]);
  });
});

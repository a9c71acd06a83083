import type { MeetupDetail } from '@praxis/contracts/meetups';
import { members } from '@praxis/db/schema/members';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetupsTestApp, type Person } from '../../testing/meetups-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';

const meetups = meetupsTestApp();
const { person, newSeries, propose, scheduled, rsvp, kindsFor } = meetups;
let t: TestApp;
let organiser: Person;
let amra: Person;
let bruno: Person;
let cohortId: string;
beforeAll(() => {
  ({ t, organiser, amra, bruno, cohortId } = meetups.people);
});

describe('RSVPs', () => {
  it('puts "going" beyond capacity on the waitlist and promotes the first when a seat frees', async () => {
    const meetup = await scheduled(1);
    expect((await rsvp(amra, meetup.id, 'going')).json().myRsvp).toBe('going');
    const second = (await rsvp(bruno, meetup.id, 'going')).json() as MeetupDetail;
    expect(second.myRsvp).toBe('waitlisted');
    expect(second.attendees.waitlist.map((a) => a.handle)).toEqual(['bruno']);
    const freed = (await rsvp(amra, meetup.id, 'not_going')).json() as MeetupDetail;
    expect(freed.attendees.going.map((a) => a.handle)).toEqual(['bruno']);
    expect(freed.goingCount).toBe(1);
    expect(await kindsFor(bruno, meetup.id)).toContain('waitlist_promoted');
  });

  it('gives the last seat to exactly one of many members asking at once', async () => {
    // A series for the whole network, so that members of no cohort are invited.
    const meetup = await scheduled(1, { cohortIds: [] });
    const crowd = await Promise.all(Array.from({ length: 6 }, () => person()));
    const answers = await Promise.all(crowd.map((who) => rsvp(who, meetup.id, 'going')));
    const statuses = answers.map((answer) => (answer.json() as MeetupDetail).myRsvp);
    expect(statuses.filter((status) => status === 'going')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(5);
  });

  it('refuses an RSVP to a poll still open, and to a cancelled meetup, with a 409', async () => {
    const series = await newSeries();
    const poll = await propose(series.id);
    expect((await rsvp(amra, poll.id, 'going')).statusCode).toBe(409);
    const meetup = await scheduled();
    await rsvp(amra, meetup.id, 'maybe');
    const noReason = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/cancel`,
      cookie: organiser.cookie,
      payload: { reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const cancelled = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/cancel`,
      cookie: organiser.cookie,
      payload: { reason: 'The venue flooded.' },
    });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: 'The venue flooded.',
    });
    expect(await kindsFor(amra, meetup.id)).toContain('meetup_cancelled');
    expect(await kindsFor(bruno, meetup.id)).not.toContain('meetup_cancelled');
    const late = await rsvp(bruno, meetup.id, 'going');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/cancelled/);
  });

  it('frees the seat of a deactivated member for the next in line', async () => {
    const meetup = await scheduled(1, { cohortIds: [] });
    const leaver = await person();
    await rsvp(leaver, meetup.id, 'going');
    await t.database.db
      .update(members)
      .set({ deactivatedAt: new Date() })
      .where(eq(members.id, leaver.id));
    const answer = (await rsvp(amra, meetup.id, 'going')).json() as MeetupDetail;
    expect(answer.myRsvp).toBe('going');
    expect(answer.attendees.going.map((a) => a.handle)).toEqual(['amra']);
  });
});

describe('the agenda', () => {
  it('takes contributions linked to a story, accepted, ordered and timed by organisers', async () => {
    const meetup = await scheduled();
    const story = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: {
        kind: 'failure',
        title: 'The pilot that never left the lab',
        story: {
          context: 'A ministry.',
          tried: 'A pilot.',
          happened: 'Nothing.',
          learned: 'Sponsors matter.',
        },
      },
    });
    const proposeItem = (who: Person, payload: object) =>
      t.request({
        method: 'POST',
        url: `/api/meetups/${meetup.id}/agenda`,
        cookie: who.cookie,
        payload,
      });
    const first = await proposeItem(amra, {
      title: 'Why our pilot failed',
      kind: 'failure_story',
      minutes: 20,
      threadId: story.json().id,
    });
    expect(first.statusCode, first.body).toBe(200);
    await proposeItem(bruno, { title: 'Train the trainers', kind: 'workshop', minutes: 45 });
    const badMinutes = await proposeItem(bruno, {
      title: 'Too long',
      kind: 'lesson',
      minutes: 600,
    });
    expect(badMinutes.statusCode).toBe(400);

    const forAmra = (
      await t.request({ method: 'GET', url: `/api/meetups/${meetup.id}`, cookie: amra.cookie })
    ).json() as MeetupDetail;
    expect(forAmra.agenda.map((item) => item.title)).toEqual(['Why our pilot failed']);
    const forOrganiser = (
      await t.request({ method: 'GET', url: `/api/meetups/${meetup.id}`, cookie: organiser.cookie })
    ).json() as MeetupDetail;
    expect(forOrganiser.agenda).toHaveLength(2);
    const [pilot, training] = forOrganiser.agenda;
    if (!pilot || !training) throw new Error('no agenda');

    const decide = (who: Person, itemId: string, status: string) =>
      t.request({
        method: 'PUT',
        url: `/api/meetups/${meetup.id}/agenda/${itemId}`,
        cookie: who.cookie,
        payload: { status },
      });
    expect((await decide(amra, pilot.id, 'accepted')).statusCode).toBe(403);
    await decide(organiser, pilot.id, 'accepted');
    await decide(organiser, training.id, 'accepted');
    expect(await kindsFor(amra, meetup.id)).toContain('agenda_accepted');

    const ordered = await t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/agenda-order`,
      cookie: organiser.cookie,
      payload: {
        items: [
          { id: training.id, startsAt: '2030-03-14T18:15' },
          { id: pilot.id, startsAt: null },
        ],
      },
    });
    const agenda = (ordered.json() as MeetupDetail).agenda;
    expect(agenda.map((item) => [item.title, item.position, item.startsAt])).toEqual([
      ['Train the trainers', 1, '2030-03-14T17:15:00.000Z'],
      ['Why our pilot failed', 2, null],
    ]);
    expect(agenda[1]?.thread).toMatchObject({
      title: 'The pilot that never left the lab',
      kind: 'failure',
    });
    const partial = await t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/agenda-order`,
      cookie: organiser.cookie,
      payload: { items: [{ id: training.id }] },
    });
    expect(partial.statusCode).toBe(400);
  });

  it('refuses a link to a cohort thread, whose title others may not see', async () => {
    const meetup = await scheduled();
    const secret = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: { kind: 'discussion', title: 'Cohort only talk', body: 'x', cohortId },
    });
    const response = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/agenda`,
      cookie: amra.cookie,
      payload: { title: 'About our talk', kind: 'other', minutes: 10, threadId: secret.json().id },
    });
    expect(response.statusCode).toBe(400);
  });

  it('refuses the author a link to their own anonymous story, which would name them', async () => {
    const meetup = await scheduled();
    const story = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: {
        kind: 'discussion',
        title: 'What went wrong, unsigned',
        body: 'x',
        anonymous: { cohortId: null },
      },
    });
    expect(story.statusCode, story.body).toBe(201);
    const link = { title: 'About it', kind: 'other', minutes: 10, threadId: story.json().id };
    const own = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/agenda`,
      cookie: amra.cookie,
      payload: link,
    });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toBe(
      'Your story is anonymous: linking it to your contribution would name you. Sign it with your name first, or leave it unlinked.',
    );
    const other = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/agenda`,
      cookie: bruno.cookie,
      payload: link,
    });
    expect(other.statusCode, other.body).toBe(200);
  });
});

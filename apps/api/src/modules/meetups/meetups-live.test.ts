import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
} from '@praxis/db/testing/factories';
import { describe, expect, it } from 'vitest';
import { follow, socketTestApp } from '../../testing/chat-sockets.ts';

// A meetup page following the meetup live over a real websocket.
const s = socketTestApp();

describe('following a meetup page', () => {
  it('tells a follower of every answer, and the first on the waitlist sees the freed seat', async () => {
    const going = await s.member();
    const waiting = await s.member();
    const meetup = await createMeetup(s.t.database.db, { capacity: 1 });
    for (const person of [going, waiting]) {
      const answered = await s.t.request({
        method: 'PUT',
        url: `/api/meetups/${meetup.id}/rsvp`,
        cookie: person.cookie,
        payload: { status: 'going' },
      });
      expect(answered.statusCode).toBe(200);
    }
    const topic = `meetup:${meetup.id}`;
    const socket = await s.connect(waiting.cookie);
    expect(await follow(socket, topic)).toEqual({ type: 'followed', topic });

    const from = socket.frames.length;
    await s.t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/rsvp`,
      cookie: going.cookie,
      payload: { status: 'not_going' },
    });
    const frame = await socket.waitFor((next) => next.type === 'live', { from });
    expect(frame).toEqual({
      type: 'live',
      topic,
      event: { name: 'meetup.changed', meetupId: meetup.id, what: 'rsvps' },
    });
    const page = await s.t.request({
      method: 'GET',
      url: `/api/meetups/${meetup.id}`,
      cookie: waiting.cookie,
    });
    expect(page.json().myRsvp).toBe('going');
    socket.close();
  });

  it("refuses a cohort's meetup to a member outside the cohort", async () => {
    const insider = await createMember(s.t.database.db);
    const outsider = await s.member();
    const cohort = await createCohort(s.t.database.db, { memberIds: [insider.id] });
    const series = await createMeetupSeries(s.t.database.db, { cohortIds: [cohort.id] });
    const meetup = await createMeetup(s.t.database.db, { seriesId: series.id });
    const socket = await s.connect(outsider.cookie);
    expect(await follow(socket, `meetup:${meetup.id}`)).toMatchObject({
      type: 'error',
      code: 'forbidden',
      message: 'This does not exist, or you cannot see it.',
    });
    socket.close();
  });

  it('stops an organiser who is made a member from following a meetup of a cohort they are not in', async () => {
    const admin = await s.member({ role: 'admin' });
    const organiser = await s.member({ role: 'organiser' });
    const cohort = await createCohort(s.t.database.db);
    const series = await createMeetupSeries(s.t.database.db, { cohortIds: [cohort.id] });
    const meetup = await createMeetup(s.t.database.db, { seriesId: series.id });
    const topic = `meetup:${meetup.id}`;
    const socket = await s.connect(organiser.cookie);
    expect(await follow(socket, topic)).toEqual({ type: 'followed', topic });

    const demoted = await s.t.request({
      method: 'PUT',
      url: `/api/members/${organiser.handle}/role`,
      cookie: admin.cookie,
      payload: { role: 'member' },
    });
    expect(demoted.statusCode).toBe(200);
    await socket.waitFor((frame) => frame.type === 'error' && frame.ref === topic);
    expect(await follow(socket, topic)).toMatchObject({ type: 'error', code: 'forbidden' });
    socket.close();
  });
});

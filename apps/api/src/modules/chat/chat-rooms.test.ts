import { randomUUID } from 'node:crypto';
import type { Message } from '@praxis/contracts/chat';
import { roomMembers } from '@praxis/db/schema/chat';
import { meetupSeriesOrganisers } from '@praxis/db/schema/meetups';
import { createCohort, createMeetup, createMeetupSeries, rsvp } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatTestApp } from '../../testing/chat-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';
import type { ChatService } from './chat.service.ts';

const kit = chatTestApp();
const {
  member,
  signedIn,
  say,
  roomsOf,
  cohortRoom,
  history,
  messagesIn,
  openDirect,
  cohortWithRoom,
} = kit;
let t: TestApp;
let chat: ChatService;
beforeAll(() => {
  t = kit.t;
  chat = kit.chat;
});

describe('chat endpoints', () => {
  it('answer 401 without a session', async () => {
    const id = randomUUID();
    for (const [method, url, payload] of [
      ['GET', '/api/rooms', undefined],
      ['GET', `/api/rooms/${id}/messages`, undefined],
      ['POST', '/api/rooms/direct', { memberIds: [id] }],
      ['PATCH', `/api/rooms/${id}/messages/${id}`, { body: 'Hello?' }],
      ['DELETE', `/api/rooms/${id}/messages/${id}`, undefined],
    ] as const) {
      const response = await t.request({ method, url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });
});

describe('GET /api/rooms', () => {
  it('lists the network room first, with no name for the client to translate, to a member in nothing else', async () => {
    const newcomer = await signedIn();
    const listed = await roomsOf(newcomer.cookie);
    expect(listed.map(({ kind, name }) => ({ kind, name }))).toEqual([
      { kind: 'network', name: null },
    ]);
    expect(listed[0]?.members).toEqual([]);
  });

  it("lists a cohort's room, named by the cohort, to its members and not to others", async () => {
    const insider = await signedIn();
    const outsider = await signedIn();
    const cohort = await createCohort(t.database.db, {
      name: 'Transfo 2023 Occitanie',
      memberIds: [insider.id],
    });
    expect(await cohortRoom(insider.cookie, cohort.id)).toMatchObject({
      kind: 'cohort',
      name: 'Transfo 2023 Occitanie',
      meetupId: null,
      members: [],
    });
    const outsiders = await roomsOf(outsider.cookie);
    expect(outsiders.some((room) => room.cohortId === cohort.id)).toBe(false);
  });

  it('lists a meetup room to members going, maybe or waitlisted and to the series organisers, not to those not going or uninvolved', async () => {
    const meetup = await createMeetup(t.database.db, { title: 'Inter-Transfo in Lyon' });
    const answers = ['going', 'maybe', 'waitlisted', 'not_going'] as const;
    const answered = await Promise.all(answers.map(() => signedIn()));
    for (const [index, status] of answers.entries()) {
      await rsvp(t.database.db, meetup.id, answered[index]?.id as string, status);
    }
    const organiser = await signedIn();
    await t.database.db
      .insert(meetupSeriesOrganisers)
      .values({ seriesId: meetup.seriesId, memberId: organiser.id });
    const uninvolved = await signedIn();

    const meetupRoomOf = async (cookie: string) =>
      (await roomsOf(cookie)).find((room) => room.meetupId === meetup.id);
    const [going, maybe, waitlisted, notGoing] = answered;
    const inRoom = [going, maybe, waitlisted, organiser];
    const seen = await Promise.all(inRoom.map((each) => meetupRoomOf(each?.cookie ?? '')));
    expect(seen.map((room) => room?.name)).toEqual(Array(4).fill('Inter-Transfo in Lyon'));
    expect(new Set(seen.map((room) => room?.id)).size).toBe(1);
    expect(await meetupRoomOf(notGoing?.cookie ?? '')).toBeUndefined();
    expect(await meetupRoomOf(uninvolved.cookie)).toBeUndefined();
  });

  it('lists a direct room only to its participants, each seeing the other members', async () => {
    const alice = await signedIn({ name: 'Alice Martin' });
    const bob = await signedIn({ name: 'Bob Durand' });
    const carol = await signedIn();
    const dan = await member({ name: 'Dan Petit' });
    const opened = await openDirect(alice.cookie, [bob.id, dan.id]);
    expect(opened.statusCode, opened.body).toBe(201);
    const roomId = opened.json().id as string;

    const othersSeenBy = async (cookie: string) => {
      const room = (await roomsOf(cookie)).find((each) => each.id === roomId);
      return room?.members.map((each) => each.id).sort();
    };
    expect(await othersSeenBy(alice.cookie)).toEqual([bob.id, dan.id].sort());
    expect(await othersSeenBy(bob.cookie)).toEqual([alice.id, dan.id].sort());
    expect(await othersSeenBy(carol.cookie)).toBeUndefined();
  });

  it("counts as unread the messages after the member's read marker, and none of their own", async () => {
    const writer = await signedIn();
    const { viewer: reader, room } = await cohortWithRoom([writer]);
    let last: Message | undefined;
    for (const body of [
      'Who has a template for a user-research consent form?',
      'Or a DPIA?',
      'Thanks!',
    ]) {
      last = await say(writer, room.id, body);
    }
    expect(await cohortRoom(reader.cookie, room.cohortId ?? '')).toMatchObject({
      lastSeq: 3,
      readSeq: 0,
      unread: 3,
      lastMessageAt: last?.createdAt,
    });
    expect(await cohortRoom(writer.cookie, room.cohortId ?? '')).toMatchObject({ unread: 0 });
    await chat.markRead(reader.id, room.id, 2);
    expect(await cohortRoom(reader.cookie, room.cohortId ?? '')).toMatchObject({
      readSeq: 2,
      unread: 1,
    });
  });
});

describe('room visibility as cohorts change', () => {
  it('hides a cohort room and its history from a member removed from the cohort', async () => {
    const organiser = await signedIn({ role: 'organiser' });
    const stays = await member();
    const { viewer: leaves, cohort, room } = await cohortWithRoom([stays]);
    await say(stays, room.id, 'Welcome to the cohort room!');
    expect(await messagesIn(leaves.cookie, room.id)).toHaveLength(1);

    const removed = await t.request({
      method: 'DELETE',
      url: `/api/cohorts/${cohort.id}/members/${leaves.id}`,
      cookie: organiser.cookie,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await roomsOf(leaves.cookie)).map((each) => each.id)).not.toContain(room.id);
    expect((await history(leaves.cookie, room.id)).statusCode).toBe(404);
  });

  it("hides a cohort-only meetup's room from a member removed from the cohort, though they had answered going", async () => {
    const organiser = await signedIn({ role: 'organiser' });
    const { viewer: leaves, cohort } = await cohortWithRoom();
    const series = await createMeetupSeries(t.database.db, { cohortIds: [cohort.id] });
    const meetup = await createMeetup(t.database.db, { seriesId: series.id });
    await rsvp(t.database.db, meetup.id, leaves.id, 'going');
    const room = (await roomsOf(leaves.cookie)).find((each) => each.meetupId === meetup.id);
    expect(room?.name).toBe(meetup.title);

    const removed = await t.request({
      method: 'DELETE',
      url: `/api/cohorts/${cohort.id}/members/${leaves.id}`,
      cookie: organiser.cookie,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const meetupPage = await t.request({
      method: 'GET',
      url: `/api/meetups/${meetup.id}`,
      cookie: leaves.cookie,
    });
    expect(meetupPage.statusCode).toBe(404);
    expect((await roomsOf(leaves.cookie)).map((each) => each.meetupId)).not.toContain(meetup.id);
    expect((await history(leaves.cookie, room?.id ?? '')).statusCode).toBe(404);
  });
});

describe('PUT /api/rooms/:id/muted', () => {
  const mute = (cookie: string, roomId: string, payload: object) =>
    t.request({ method: 'PUT', url: `/api/rooms/${roomId}/muted`, cookie, payload });

  it('mutes a room for the member alone, who still sees its unread count, and unmutes it', async () => {
    const writer = await signedIn();
    const { viewer, room, cohort } = await cohortWithRoom([writer]);
    await say(writer, room.id, 'Lunch at noon?');
    const muted = await mute(viewer.cookie, room.id, { muted: true });
    expect(muted.statusCode, muted.body).toBe(200);
    expect(muted.json()).toMatchObject({ id: room.id, muted: true, unread: 1 });
    expect(await cohortRoom(viewer.cookie, cohort.id)).toMatchObject({ muted: true, unread: 1 });
    expect(await cohortRoom(writer.cookie, cohort.id)).toMatchObject({ muted: false });

    expect((await mute(viewer.cookie, room.id, { muted: false })).json()).toMatchObject({
      muted: false,
    });
    expect(await cohortRoom(viewer.cookie, cohort.id)).toMatchObject({ muted: false, unread: 1 });
  });

  it('sends no direct message notification to a member who muted the conversation, until unmuted', async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    const roomId = (await openDirect(alice.cookie, [bob.id])).json().id as string;
    expect((await mute(bob.cookie, roomId, { muted: true })).statusCode).toBe(200);
    await say(alice, roomId, 'Are you free on Monday?');
    expect(await kit.notificationsOf(bob.cookie, 'direct_message')).toEqual([]);

    expect((await mute(bob.cookie, roomId, { muted: false })).statusCode).toBe(200);
    await say(alice, roomId, 'Or Tuesday?');
    const [notification, ...more] = await kit.notificationsOf(bob.cookie, 'direct_message');
    expect(more).toEqual([]);
    expect(notification?.detail.excerpt).toBe('Or Tuesday?');
  });

  it('answers 404 for a conversation the member is not in, and does not let them into it', async () => {
    const alice = await signedIn();
    const bob = await member();
    const outsider = await signedIn();
    const roomId = (await openDirect(alice.cookie, [bob.id])).json().id as string;
    await say(alice, roomId, 'Between us two.');
    const response = await mute(outsider.cookie, roomId, { muted: true });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('This room does not exist, or you are not in it.');
    expect((await roomsOf(outsider.cookie)).map((each) => each.id)).not.toContain(roomId);
    expect((await history(outsider.cookie, roomId)).statusCode).toBe(404);
    const rows = await t.database.db
      .select()
      .from(roomMembers)
      .where(eq(roomMembers.roomId, roomId));
    expect(rows.map((row) => row.memberId).sort()).toEqual([alice.id, bob.id].sort());
  });

  it('answers 400 with a readable message for a body that does not say muted true or false', async () => {
    const { viewer, room, cohort } = await cohortWithRoom();
    for (const payload of [{}, { muted: 'yes' }, { muted: null }]) {
      const response = await mute(viewer.cookie, room.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.message).toMatch(/muted is true or false/);
    }
    expect(await cohortRoom(viewer.cookie, cohort.id)).toMatchObject({ muted: false });
  });
});

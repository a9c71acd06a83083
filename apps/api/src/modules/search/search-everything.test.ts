import { randomUUID } from 'node:crypto';
import type { MessageWindow } from '@praxis/contracts/chat';
import type { EverythingResults, MessageHits } from '@praxis/contracts/search';
import { createCohort, createMeetup, createMeetupSeries } from '@praxis/db/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatTestApp, type Member } from '../../testing/chat-rest.ts';

const kit = chatTestApp();
type SignedIn = Member & { cookie: string };

function get(cookie: string, url: string) {
  return kit.t.request({ method: 'GET', url, cookie });
}

async function everything(cookie: string, q: string) {
  const response = await get(cookie, `/api/search/everything?q=${encodeURIComponent(q)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as EverythingResults;
}

async function postThread(cookie: string, payload: object) {
  const response = await kit.t.request({ method: 'POST', url: '/api/threads', cookie, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

let insider: SignedIn;
let outsider: SignedIn;
let cohortId: string;
let cohortRoomId: string;

beforeAll(async () => {
  insider = await kit.signedIn({ name: 'Insa Quarrington' });
  outsider = await kit.signedIn();
  cohortId = (await createCohort(kit.t.database.db, { memberIds: [insider.id] })).id;
  cohortRoomId = (await kit.cohortRoom(insider.cookie, cohortId)).id;
});

describe('GET /api/search/everything', () => {
  it('finds a person, a thread, a meetup and a chat message by one word, each kind apart', async () => {
    const db = kit.t.database.db;
    const person = await kit.member({ name: 'Zelda Marblewood' });
    await postThread(insider.cookie, {
      kind: 'question',
      title: 'Who ran a marblewood tender?',
      body: 'Looking for experience.',
    });
    const meetup = await createMeetup(db, { title: 'Marblewood evening' });
    const [network] = await kit.roomsOf(insider.cookie);
    const message = await kit.say(insider, network?.id ?? '', 'The marblewood slides are up');

    const found = await everything(outsider.cookie, 'marblewood');
    expect(found.people.map((card) => card.id)).toEqual([person.id]);
    expect(found.threads.map((hit) => hit.thread.title)).toEqual(['Who ran a marblewood tender?']);
    expect(found.meetups.map((hit) => [hit.id, hit.title])).toEqual([[meetup.id, meetup.title]]);
    expect(found.messages).toHaveLength(1);
    expect(found.messages[0]).toMatchObject({
      messageId: message.id,
      roomKind: 'network',
      author: { id: insider.id },
    });
    expect(found.messages[0]?.snippet).toContainEqual({ text: 'marblewood', highlighted: true });
  });

  it('never shows a cohort-only thread, a cohort-only meetup or a cohort room message to someone outside the cohort', async () => {
    const db = kit.t.database.db;
    await postThread(insider.cookie, {
      kind: 'discussion',
      title: 'Quillfeather budget, cohort only',
      body: 'Numbers inside.',
      cohortId,
    });
    const series = await createMeetupSeries(db, { cohortIds: [cohortId] });
    await createMeetup(db, { seriesId: series.id, title: 'Quillfeather dinner' });
    await kit.say(insider, cohortRoomId, 'quillfeather minutes attached');

    const inside = await everything(insider.cookie, 'quillfeather');
    expect(inside.threads).toHaveLength(1);
    expect(inside.meetups).toHaveLength(1);
    expect(inside.messages).toHaveLength(1);
    const outside = await everything(outsider.cookie, 'quillfeather');
    expect(outside).toEqual({
      people: [],
      threads: [],
      meetups: [],
      messages: [],
      nextCursors: { people: null, meetups: null, messages: null },
    });
  });

  it("shows a direct conversation's messages only to its members, and no deactivated member", async () => {
    const friend = await kit.signedIn();
    const opened = await kit.openDirect(friend.cookie, [insider.id]);
    expect(opened.statusCode, opened.body).toBe(201);
    await kit.say(friend, opened.json().id, 'the zephyrion password is in the drawer');
    await kit.member({ name: 'Zephyrion Gone', deactivated: true });

    expect((await everything(insider.cookie, 'zephyrion')).messages).toHaveLength(1);
    const outside = await everything(outsider.cookie, 'zephyrion');
    expect(outside.messages).toEqual([]);
    expect(outside.people).toEqual([]);
  });

  it('answers 400 with a clear message for a query too short, too long or missing', async () => {
    const cases: [string, string][] = [
      ['?q=a', 'Type at least 2 characters to search.'],
      [`?q=${'x'.repeat(201)}`, 'A search has at most 200 characters.'],
      ['', 'Type what to search for.'],
      ['?q=budget&limit=99', 'limit is a whole number from 1 to 20.'],
    ];
    for (const [query, message] of cases) {
      const response = await get(outsider.cookie, `/api/search/everything${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.message).toBe(message);
    }
  });
});

describe('GET /api/search/messages', () => {
  it("finds a room's messages, and answers 404 for a room the caller is not in", async () => {
    await kit.say(insider, cohortRoomId, 'gribblestone agenda for Thursday');
    const url = `/api/search/messages?room=${cohortRoomId}&q=gribblestone`;
    const inside = await get(insider.cookie, url);
    expect(inside.statusCode, inside.body).toBe(200);
    expect((inside.json() as MessageHits).messages.map((hit) => hit.roomId)).toEqual([
      cohortRoomId,
    ]);
    const outside = await get(outsider.cookie, url);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.message).toBe('This room does not exist, or you are not in it.');
  });
});

describe('GET /api/rooms/:id/messages/:messageId/around', () => {
  it('opens the room around the message, with older and newer history loadable', async () => {
    const { viewer, room } = await kit.cohortWithRoom();
    const said = [];
    for (let index = 1; index <= 80; index += 1)
      said.push(await kit.say(viewer, room.id, `n ${index}`));
    const target = said[39];
    const response = await get(
      viewer.cookie,
      `/api/rooms/${room.id}/messages/${target?.id}/around`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const window = response.json() as MessageWindow;
    expect(window.messages.map((message) => message.seq)).toEqual(
      Array.from({ length: 51 }, (_, index) => index + 15),
    );
    expect(window.nextBefore).toBe(15);
    expect(window.nextAfter).toBe(65);
    const newer = await get(viewer.cookie, `/api/rooms/${room.id}/messages/newer?after=65`);
    expect((newer.json() as MessageWindow).messages.map((message) => message.seq)).toEqual(
      Array.from({ length: 15 }, (_, index) => index + 66),
    );
  });

  it('answers 404 for a room the caller is not in, and for a message not in the room', async () => {
    const { viewer, room } = await kit.cohortWithRoom();
    const message = await kit.say(viewer, room.id, 'private words');
    const outside = await get(
      outsider.cookie,
      `/api/rooms/${room.id}/messages/${message.id}/around`,
    );
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.message).toBe('This room does not exist, or you are not in it.');
    const missing = await get(
      viewer.cookie,
      `/api/rooms/${room.id}/messages/${randomUUID()}/around`,
    );
    expect(missing.statusCode).toBe(404);
  });
});

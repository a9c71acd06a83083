import type { EverythingResults, MessageHits, PeopleHits } from '@praxis/contracts/search';
import { messages } from '@praxis/db/schema/chat';
import { createCohort, createMeetup, createMeetupSeries } from '@praxis/db/testing/factories';
import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatTestApp, type Member } from '../../testing/chat-rest.ts';

// The search page's "more" for people, meetups and chat messages: the first few come with
// everything, the rest page by page from each kind's own route, keyset by rank, time and id.

const kit = chatTestApp();
type SignedIn = Member & { cookie: string };

async function getOk<T>(cookie: string, url: string): Promise<T> {
  const response = await kit.t.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

/**
 * Every page of one kind, walked two at a time: the first from everything, the rest from the
 * kind's route with the cursor of the page before.
 */
async function walk<Hit>(
  cookie: string,
  kind: 'people' | 'meetups' | 'messages',
  q: string,
  idOf: (hit: Hit) => string,
): Promise<string[][]> {
  const first = await getOk<EverythingResults>(cookie, `/api/search/everything?q=${q}&limit=2`);
  const pages = [(first[kind] as Hit[]).map(idOf)];
  let cursor = first.nextCursors[kind];
  while (cursor) {
    const page = await getOk<Record<string, unknown> & { nextCursor: string | null }>(
      cookie,
      `/api/search/${kind}?q=${q}&limit=2&cursor=${cursor}`,
    );
    pages.push((page[kind] as Hit[]).map(idOf));
    cursor = page.nextCursor;
    expect(pages.length).toBeLessThan(20);
  }
  return pages;
}

let insider: SignedIn;
let outsider: SignedIn;
let cohortId: string;
let cohortRoomId: string;
let networkRoomId: string;

beforeAll(async () => {
  insider = await kit.signedIn();
  outsider = await kit.signedIn();
  cohortId = (await createCohort(kit.t.database.db, { memberIds: [insider.id] })).id;
  cohortRoomId = (await kit.cohortRoom(insider.cookie, cohortId)).id;
  networkRoomId = (await kit.roomsOf(insider.cookie)).find((room) => room.kind === 'network')
    ?.id as string;
});

describe('GET /api/search/people', () => {
  it('continues where everything stopped, page after page, none repeated or skipped though all rank equal', async () => {
    const people = [];
    for (let index = 0; index < 5; index += 1)
      people.push(await kit.member({ name: `Pennywhistle Member${index}` }));

    const pages = await walk(outsider.cookie, 'people', 'pennywhistle', (card: { id: string }) =>
      String(card.id),
    );
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    const all = await getOk<PeopleHits>(outsider.cookie, '/api/search/people?q=pennywhistle');
    expect(pages.flat()).toEqual(all.people.map((card) => card.id));
    expect(new Set(pages.flat())).toEqual(new Set(people.map((person) => person.id)));
    expect(all.nextCursor).toBeNull();
  });
});

describe('GET /api/search/meetups', () => {
  it('pages through meetups of equal rank and date by id, undated first, then the latest', async () => {
    const db = kit.t.database.db;
    const same = new Date('2027-03-01T10:00:00.123Z');
    const made = [
      await createMeetup(db, { title: 'Tamberlane gathering', startsAt: null, status: 'proposed' }),
      await createMeetup(db, { title: 'Tamberlane gathering', startsAt: same }),
      await createMeetup(db, { title: 'Tamberlane gathering', startsAt: same }),
      await createMeetup(db, { title: 'Tamberlane gathering', startsAt: same }),
      await createMeetup(db, { title: 'Tamberlane gathering', startsAt: new Date('2026-01-01') }),
    ];
    const pages = await walk(outsider.cookie, 'meetups', 'tamberlane', (hit: { id: string }) =>
      String(hit.id),
    );
    const sameDay = made
      .slice(1, 4)
      .map((meetup) => meetup.id)
      .sort();
    expect(pages.flat()).toEqual([made[0]?.id, ...sameDay, made[4]?.id]);
  });

  it('never shows a cohort-only meetup to someone outside the cohort, on any page', async () => {
    const db = kit.t.database.db;
    const series = await createMeetupSeries(db, { cohortIds: [cohortId] });
    const open = [];
    for (let index = 0; index < 3; index += 1) {
      await createMeetup(db, { seriesId: series.id, title: 'Oxbramble supper' });
      open.push((await createMeetup(db, { title: 'Oxbramble supper' })).id);
    }
    const outside = await walk(outsider.cookie, 'meetups', 'oxbramble', (hit: { id: string }) =>
      String(hit.id),
    );
    expect(outside.flat().sort()).toEqual(open.sort());
    const inside = await walk(insider.cookie, 'meetups', 'oxbramble', (hit: { id: string }) =>
      String(hit.id),
    );
    expect(inside.flat()).toHaveLength(6);
  });
});

describe('GET /api/search/messages', () => {
  it("pages through every room's messages without repeating or skipping ties, and shows cohort messages only inside", async () => {
    const db = kit.t.database.db;
    const open = [];
    const cohortOnly = [];
    for (let index = 0; index < 4; index += 1) {
      open.push((await kit.say(insider, networkRoomId, 'the quintorle notes')).id);
      cohortOnly.push((await kit.say(insider, cohortRoomId, 'the quintorle notes')).id);
    }
    // Equal in words, rank and time: only the id orders them.
    await db
      .update(messages)
      .set({ createdAt: new Date('2026-06-01T12:00:00Z') })
      .where(inArray(messages.id, [...open.slice(0, 3), ...cohortOnly.slice(0, 3)]));

    const outside = await walk(
      outsider.cookie,
      'messages',
      'quintorle',
      (hit: { messageId: string }) => hit.messageId,
    );
    expect(outside.map((page) => page.length)).toEqual([2, 2]);
    expect(outside.flat().sort()).toEqual([...open].sort());
    // Newest first, then by id among the equal.
    expect(outside.flat()).toEqual([open[3], ...open.slice(0, 3).sort()]);

    const inside = await walk(
      insider.cookie,
      'messages',
      'quintorle',
      (hit: { messageId: string }) => hit.messageId,
    );
    expect(inside.map((page) => page.length)).toEqual([2, 2, 2, 2]);
    expect(inside.flat().sort()).toEqual([...open, ...cohortOnly].sort());
  });

  it("pages through one room's messages, and answers 404 with a cursor for a room the caller is not in", async () => {
    for (let index = 0; index < 3; index += 1)
      await kit.say(insider, cohortRoomId, `plovdigan item ${index}`);
    const url = `/api/search/messages?room=${cohortRoomId}&q=plovdigan&limit=2`;
    const first = await getOk<MessageHits>(insider.cookie, url);
    expect(first.messages).toHaveLength(2);
    const second = await getOk<MessageHits>(insider.cookie, `${url}&cursor=${first.nextCursor}`);
    expect(second.messages).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.messages, ...second.messages].map((hit) => hit.messageId);
    expect(new Set(ids).size).toBe(3);

    const outside = await kit.t.request({
      method: 'GET',
      url: `${url}&cursor=${first.nextCursor}`,
      cookie: outsider.cookie,
    });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.message).toBe('This room does not exist, or you are not in it.');
  });
});

describe('a cursor that no page gave out', () => {
  it('answers 400 saying to start again, for each kind', async () => {
    const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const id = '00000000-0000-4000-8000-000000000000';
    const cases = [
      '/api/search/people?q=budget&cursor=not-a-cursor',
      `/api/search/people?q=budget&cursor=${json({ words: 1, rank: 2, id })}`,
      `/api/search/meetups?q=budget&cursor=${json({ words: 1, rank: 0.5, id })}`,
      `/api/search/meetups?q=budget&cursor=${json({ words: 1, rank: 0.5, at: 1.5, id })}`,
      `/api/search/messages?q=budget&cursor=${json({ words: 1, rank: 0.5, at: 1, id: 'x' })}`,
    ];
    for (const url of cases) {
      const response = await kit.t.request({ method: 'GET', url, cookie: outsider.cookie });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.message, url).toBe(
        'The page cursor is not valid; start again from the first page.',
      );
    }
    const long = await kit.t.request({
      method: 'GET',
      url: `/api/search/messages?q=budget&cursor=${'x'.repeat(301)}`,
      cookie: outsider.cookie,
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toBe('Use at most 300 characters.');
  });

  it('answers 400 for a page size out of range', async () => {
    const response = await kit.t.request({
      method: 'GET',
      url: '/api/search/meetups?q=budget&limit=21',
      cookie: outsider.cookie,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('limit is a whole number from 1 to 20.');
  });

  it('answers 401 to someone not signed in', async () => {
    const response = await kit.t.request({ method: 'GET', url: '/api/search/people?q=budget' });
    expect(response.statusCode).toBe(401);
  });
});

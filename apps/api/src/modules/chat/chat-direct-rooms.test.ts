import { randomUUID } from 'node:crypto';
import type { Room } from '@praxis/contracts/chat';
import { roomMembers, rooms } from '@praxis/db/schema/chat';
import { notifications } from '@praxis/db/schema/notifications';
import type { Locale } from '@praxis/i18n/locales';
import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatTestApp, range } from '../../testing/chat-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { roomForMail } from './chat.mail.ts';
import { markRead as markReadInRoom } from './messages.repository.ts';
import { setMuted as setMutedInRoom } from './rooms.repository.ts';

const kit = chatTestApp();
const { member, signedIn, say, roomsOf, history, messagesIn, openDirect, cohortWithRoom } = kit;
let t: TestApp;
beforeAll(() => {
  t = kit.t;
});

describe('POST /api/rooms/direct', () => {
  it('opens a new conversation with 201, with the other in it, and the same one with 200 from either side', async () => {
    const alice = await signedIn({ name: 'Alice Martin' });
    const bob = await signedIn({ name: 'Bob Durand' });
    const opened = await openDirect(alice.cookie, [bob.id]);
    expect(opened.statusCode, opened.body).toBe(201);
    const room = opened.json() as Room;
    expect(room).toMatchObject({ kind: 'direct', name: null, lastSeq: 0, unread: 0 });
    expect(room.members.map((each) => each.name)).toEqual(['Bob Durand']);

    const again = await openDirect(alice.cookie, [bob.id]);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(room.id);
    const fromBob = await openDirect(bob.cookie, [alice.id]);
    expect(fromBob.statusCode).toBe(200);
    expect(fromBob.json()).toMatchObject({ id: room.id, members: [{ name: 'Alice Martin' }] });
  });

  it('finds the same group conversation whatever the order of the ids, the asker and repeats included', async () => {
    const alice = await signedIn();
    const [bob, carol] = [
      await member({ name: 'Bob Durand' }),
      await member({ name: 'Carol Roy' }),
    ];
    const opened = await openDirect(alice.cookie, [bob.id, carol.id]);
    expect(opened.statusCode, opened.body).toBe(201);
    expect((opened.json() as Room).members.map((each) => each.name)).toEqual([
      'Bob Durand',
      'Carol Roy',
    ]);
    const again = await openDirect(alice.cookie, [carol.id, alice.id, bob.id, carol.id]);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().id).toBe(opened.json().id);
  });

  it('opens a conversation of 8 people, the asker included, the most one holds', async () => {
    const asker = await signedIn();
    const seven = await Promise.all(range(1, 7).map(() => member()));
    const opened = await openDirect(
      asker.cookie,
      seven.map((other) => other.id),
    );
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().members).toHaveLength(7);
  });

  it('refuses with 400 only yourself, an unknown or deactivated member, more than 7 others and nobody, writing nothing', async () => {
    const asker = await signedIn();
    const bob = await member();
    const gone = await member({ deactivated: true });
    const eight = await Promise.all(range(1, 8).map(() => member()));
    const cases: [string[], string][] = [
      [[asker.id], 'Choose someone other than yourself to talk to.'],
      [[bob.id, randomUUID()], 'Some of these people are not members of Praxis (any more).'],
      [[bob.id, gone.id], 'Some of these people are not members of Praxis (any more).'],
      [
        eight.map((other) => other.id),
        'A direct conversation holds at most 8 people, you included.',
      ],
      [[], 'Choose who to talk to.'],
      [['bob'], 'Not a member id.'],
    ];
    for (const [memberIds, message] of cases) {
      const response = await openDirect(asker.cookie, memberIds);
      expect(response.statusCode, message).toBe(400);
      expect(response.json().error.message).toBe(message);
    }
    const db = t.database.db;
    const joined = await db.select().from(roomMembers).where(eq(roomMembers.memberId, asker.id));
    const made = await db
      .select()
      .from(rooms)
      .where(like(rooms.directKey, `%${asker.id}%`));
    expect([...joined, ...made]).toEqual([]);
  });
});

describe('DELETE /api/rooms/:id/membership', () => {
  const leave = (cookie: string, roomId: string) =>
    t.request({ method: 'DELETE', url: `/api/rooms/${roomId}/membership`, cookie });

  it('takes a member out of a group conversation, which the others keep without them', async () => {
    const [alice, bob, carol] = [await signedIn(), await signedIn(), await signedIn()];
    const roomId = (await openDirect(alice.cookie, [bob.id, carol.id])).json().id as string;
    await say(alice, roomId, 'Who has the budget template?');
    await say(carol, roomId, 'Before I go: the budget template is on the wiki.');
    // Stored, not only listed: the list hides notifications about rooms one is not in.
    const toldCarol = () =>
      t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.memberId, carol.id), eq(notifications.roomId, roomId)));
    expect(await toldCarol()).toHaveLength(1);

    const left = await leave(carol.cookie, roomId);
    expect(left.statusCode, left.body).toBe(204);
    expect((await roomsOf(carol.cookie)).map((each) => each.id)).not.toContain(roomId);
    expect((await history(carol.cookie, roomId)).statusCode).toBe(404);
    await expect(say(carol, roomId, 'Can I still write?')).rejects.toMatchObject({
      code: 'forbidden',
    });
    const kept = (await roomsOf(alice.cookie)).find((each) => each.id === roomId);
    expect(kept?.members.map((each) => each.id)).toEqual([bob.id]);
    expect((await messagesIn(bob.cookie, roomId)).map((each) => each.body)).toEqual([
      'Who has the budget template?',
      'Before I go: the budget template is on the wiki.',
    ]);
    expect(await toldCarol()).toEqual([]);
    // The message Alice sends after Carol left tells nobody outside the room.
    await say(alice, roomId, 'Thanks, Carol.');
    expect(await toldCarol()).toEqual([]);
  });

  it('never puts back a member who left while one of their tabs was reading or muting it', async () => {
    const [alice, bob] = [await signedIn(), await signedIn()];
    const roomId = (await openDirect(alice.cookie, [bob.id])).json().id as string;
    const sent = await say(alice, roomId, 'Still there?');
    expect((await leave(bob.cookie, roomId)).statusCode).toBe(204);
    // What a read frame or a mute does once it has found Bob in the room, a moment too early.
    expect(await markReadInRoom(t.database.db, roomId, bob.id, sent.seq)).toEqual({
      readSeq: 0,
      moved: false,
    });
    const [room] = await t.database.db.select().from(rooms).where(eq(rooms.id, roomId));
    if (!room) throw new Error('Alice is still in the room, so it is still there');
    expect(await setMutedInRoom(t.database.db, room, bob.id, true)).toBe(false);
    const rows = await t.database.db
      .select()
      .from(roomMembers)
      .where(eq(roomMembers.roomId, roomId));
    expect(rows.map((row) => row.memberId)).toEqual([alice.id]);
  });

  it('opens a new conversation, not the one they left, when the same people talk again', async () => {
    const [alice, bob] = [await signedIn(), await signedIn()];
    const first = (await openDirect(alice.cookie, [bob.id])).json().id as string;
    await say(alice, first, 'An old thread of ours.');
    expect((await leave(alice.cookie, first)).statusCode).toBe(204);

    const again = await openDirect(bob.cookie, [alice.id]);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().id).not.toBe(first);
    expect(await messagesIn(alice.cookie, again.json().id)).toEqual([]);
    // Bob still has the old one, with Alice gone from it.
    const old = (await roomsOf(bob.cookie)).find((each) => each.id === first);
    expect(old).toMatchObject({ members: [], name: null });
  });

  it('removes a conversation with its messages once the last member leaves it', async () => {
    const [alice, bob] = [await signedIn(), await signedIn()];
    const roomId = (await openDirect(alice.cookie, [bob.id])).json().id as string;
    await say(alice, roomId, 'Soon gone.');
    expect((await leave(alice.cookie, roomId)).statusCode).toBe(204);
    expect((await leave(bob.cookie, roomId)).statusCode).toBe(204);
    expect(await t.database.db.select().from(rooms).where(eq(rooms.id, roomId))).toEqual([]);
    expect((await history(alice.cookie, roomId)).statusCode).toBe(404);
  });

  it("answers 409 for the network's room and a cohort's, which follow membership, changing nothing", async () => {
    const { viewer, room } = await cohortWithRoom();
    const network = (await roomsOf(viewer.cookie)).find((each) => each.kind === 'network');
    const cases = [
      [room.id, /as long as you are in the cohort/],
      [network?.id ?? '', /Everyone in the network is in this room/],
    ] as const;
    for (const [roomId, message] of cases) {
      const response = await leave(viewer.cookie, roomId);
      expect(response.statusCode, roomId).toBe(409);
      expect(response.json().error.message).toMatch(message);
      expect((await roomsOf(viewer.cookie)).map((each) => each.id)).toContain(roomId);
    }
  });

  it('answers 404 for a conversation the member is not in, and 400 for an id that is not one', async () => {
    const alice = await signedIn();
    const bob = await member();
    const outsider = await signedIn();
    const roomId = (await openDirect(alice.cookie, [bob.id])).json().id as string;
    const response = await leave(outsider.cookie, roomId);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('This room does not exist, or you are not in it.');
    expect((await leave(outsider.cookie, 'not-a-room')).statusCode).toBe(400);
    const rows = await t.database.db
      .select()
      .from(roomMembers)
      .where(eq(roomMembers.roomId, roomId));
    expect(rows.map((row) => row.memberId).sort()).toEqual([alice.id, bob.id].sort());
  });
});

describe('roomForMail', () => {
  it('names each room in the language the mail is written in, as the room list would', async () => {
    const alice = await signedIn();
    const [bob, carol] = [
      await member({ name: 'Bob Durand' }),
      await member({ name: 'Carol Roy' }),
    ];
    const group = (await openDirect(alice.cookie, [carol.id, bob.id])).json() as Room;
    const named = async (roomId: string, locale: Locale) =>
      (await roomForMail(t.database.db, alice.id, roomId, locale))?.title;
    expect(await named(group.id, 'en')).toBe('Bob Durand, Carol Roy');
    expect(await named(group.id, 'fr')).toBe('Bob Durand et Carol Roy');
    expect(await named(group.id, 'sr-Latn')).toBe('Bob Durand i Carol Roy');

    const { viewer, cohort, room } = await cohortWithRoom();
    const network = (await roomsOf(viewer.cookie)).find((each) => each.kind === 'network');
    const inCohort = async (roomId: string, locale: Locale) =>
      (await roomForMail(t.database.db, viewer.id, roomId, locale))?.title;
    expect(await inCohort(network?.id ?? '', 'en')).toBe('Everyone');
    expect(await inCohort(network?.id ?? '', 'hr')).toBe('Svi');
    expect(await inCohort(room.id, 'fr')).toBe(cohort.name);

    const bobSignedIn = await signedIn({ name: 'Bob Durand' });
    const alone = (await openDirect(alice.cookie, [bobSignedIn.id])).json() as Room;
    const left = await t.request({
      method: 'DELETE',
      url: `/api/rooms/${alone.id}/membership`,
      cookie: bobSignedIn.cookie,
    });
    expect(left.statusCode, left.body).toBe(204);
    expect(await named(alone.id, 'en')).toBe('A conversation everyone else left');
    expect(await named(alone.id, 'bs')).toBe('Razgovor koji su svi ostali napustili');
  });
});

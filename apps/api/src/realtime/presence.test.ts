import { randomUUID } from 'node:crypto';
import { createMember } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import {
  addConnections,
  beat,
  hasFocusedTab,
  onlineAmong,
  removeInstance,
} from './presence.repository.ts';
import { createPresence, type PresenceChange } from './presence.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function until(check: () => boolean, tries = 100) {
  for (let tried = 0; tried < tries && !check(); tried += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

/**
 * An instance without a grace whose announcements `before` may refuse (by throwing) or act on,
 * as another writer would meanwhile; what it announced, by member, in order.
 */
function presenceWith(before: (changes: PresenceChange[]) => Promise<void> = async () => {}) {
  const announced: PresenceChange[] = [];
  const failures: unknown[] = [];
  const connected = new Set<string>();
  const presence = createPresence({
    db: t.app.db,
    isConnected: (memberId) => connected.has(memberId),
    isFocused: () => false,
    async announce(changes) {
      await before(changes);
      announced.push(...changes);
    },
    onFailure: (error) => failures.push(error),
    offlineGraceMs: 0,
  });
  const changesOf = (memberId: string) =>
    announced.filter((change) => change.memberId === memberId).map((change) => change.online);
  return { presence, connected, failures, changesOf };
}

describe('presence when announcing fails', () => {
  it('announces an arrival and a departure that failed at the next heartbeat', async () => {
    let failNext = false;
    const { presence, connected, failures, changesOf } = presenceWith(async () => {
      if (failNext) {
        failNext = false;
        throw new Error('the database went away');
      }
    });
    await presence.start();
    const { id } = await createMember(t.app.db);
    const said = (online: boolean) => changesOf(id).includes(online);

    failNext = true;
    connected.add(id);
    presence.sync(id);
    expect(await until(() => failures.length === 1)).toBe(true);
    expect(said(true)).toBe(false);
    await presence.beat([...connected]);
    expect(await until(() => said(true))).toBe(true);

    failNext = true;
    connected.delete(id);
    presence.sync(id);
    expect(await until(() => failures.length === 2)).toBe(true);
    expect(said(false)).toBe(false);
    await presence.beat([...connected]);
    expect(await until(() => said(false))).toBe(true);
    await presence.stop([]);
  });
});

describe('the grace before a member who closed their last tab goes offline', () => {
  it('keeps one who comes straight back online without a word to others, announces one who stays away once it has passed, and one still in it when the instance stops', async () => {
    const grace = 2000;
    const failures: unknown[] = [];
    const announced: (PresenceChange & { at: number })[] = [];
    const connected = new Set<string>();
    const presence = createPresence({
      db: t.app.db,
      isConnected: (memberId) => connected.has(memberId),
      // Each tab has the focus until it closes.
      isFocused: (memberId) => connected.has(memberId),
      async announce(changes) {
        announced.push(...changes.map((change) => ({ ...change, at: Date.now() })));
      },
      onFailure: (error) => failures.push(error),
      offlineGraceMs: grace,
    });
    await presence.start();
    const [{ id }, { id: other }] = await Promise.all([
      createMember(t.app.db),
      createMember(t.app.db),
    ]);
    const changesOf = (memberId: string) =>
      announced.filter((change) => change.memberId === memberId).map((change) => change.online);

    connected.add(id);
    presence.sync(id);
    await until(() => changesOf(id).length === 1 || failures.length > 0, 300);
    expect(failures).toEqual([]);
    expect(changesOf(id)).toEqual([true]);

    // A reload: gone and back within the grace.
    connected.delete(id);
    presence.sync(id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    connected.add(id);
    presence.sync(id);
    await new Promise((resolve) => setTimeout(resolve, grace * 1.5));
    expect(changesOf(id)).toEqual([true]);
    expect((await onlineAmong(t.app.db, [id])).has(id)).toBe(true);

    // Gone for good: offline once the grace has passed, not before; meanwhile online, but no
    // longer looking, so what is sent to them reaches them elsewhere.
    expect(await hasFocusedTab(t.app.db, id)).toBe(true);
    connected.delete(id);
    const left = Date.now();
    presence.sync(id);
    while ((await hasFocusedTab(t.app.db, id)) && Date.now() - left < grace) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await hasFocusedTab(t.app.db, id)).toBe(false);
    expect((await onlineAmong(t.app.db, [id])).has(id)).toBe(true);
    expect(changesOf(id)).toEqual([true]);
    expect(await until(() => changesOf(id).length === 2, 300)).toBe(true);
    expect(changesOf(id)).toEqual([true, false]);
    expect((announced.at(-1)?.at ?? 0) - left).toBeGreaterThanOrEqual(grace);
    expect((await onlineAmong(t.app.db, [id])).has(id)).toBe(false);

    // Still in the grace when the instance stops: it goes with the instance.
    connected.add(other);
    presence.sync(other);
    expect(await until(() => changesOf(other).length === 1, 300)).toBe(true);
    connected.delete(other);
    presence.sync(other);
    await presence.stop([]);
    expect(changesOf(other)).toEqual([true, false]);
    // Sockets that close as the instance stops report it late: nothing more is written or said.
    connected.add(other);
    presence.sync(other);
    connected.delete(other);
    presence.sync(other);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(changesOf(other)).toEqual([true, false]);
    expect(failures).toEqual([]);
  });
});

describe('the heartbeat', () => {
  it('writes back the rows of members still connected, not of one who left while it ran', async () => {
    const [{ id: staying }, { id: left }] = await Promise.all([
      createMember(t.app.db),
      createMember(t.app.db),
    ]);
    const { presence, connected, failures } = presenceWith();
    await presence.start();
    connected.add(staying);
    // The beat was handed both, but one of them has no socket here any more.
    await presence.beat([staying, left]);
    const online = await onlineAmong(t.app.db, [staying, left]);
    expect(online.has(staying)).toBe(true);
    expect(online.has(left)).toBe(false);
    expect(failures).toEqual([]);
    await presence.stop([]);
  });
});

describe('announcements that raced a change made meanwhile', () => {
  it('says again that one who hid themselves while their arrival was announced is offline', async () => {
    const { id } = await createMember(t.app.db);
    const { presence, connected, failures, changesOf } = presenceWith();
    // The policy's first read finds them shown; by the next, they have hidden themselves.
    let reads = 0;
    presence.setPolicy(async (memberIds) => {
      reads += 1;
      return new Set(reads === 1 ? memberIds : []);
    });
    await presence.start();
    connected.add(id);
    presence.sync(id);
    expect(await until(() => changesOf(id).length === 2)).toBe(true);
    expect(changesOf(id)).toEqual([true, false]);
    expect(failures).toEqual([]);
    await presence.stop([]);
  });

  it('says again that one who arrived elsewhere while their departure was announced is online', async () => {
    const { id } = await createMember(t.app.db);
    const elsewhere = randomUUID();
    const { presence, connected, failures, changesOf } = presenceWith(async (changes) => {
      // Another instance takes them in just as this one says they left.
      if (changes.some((change) => change.memberId === id && !change.online)) {
        await beat(t.app.db, elsewhere);
        await addConnections(t.app.db, elsewhere, [{ memberId: id, focused: false }]);
      }
    });
    await presence.start();
    connected.add(id);
    presence.sync(id);
    expect(await until(() => changesOf(id).length === 1)).toBe(true);
    connected.delete(id);
    presence.sync(id);
    expect(await until(() => changesOf(id).length === 3)).toBe(true);
    expect(changesOf(id)).toEqual([true, false, true]);
    expect(failures).toEqual([]);
    await presence.stop([]);
    await removeInstance(t.app.db, elsewhere);
  });
});

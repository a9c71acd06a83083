import { createMember } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { createPresence, OnlineList, type PresenceChange } from './presence.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function until(check: () => boolean) {
  for (let tries = 0; tries < 100 && !check(); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

describe('presence when announcing fails', () => {
  it('announces an arrival and a departure that failed at the next heartbeat', async () => {
    const announced: PresenceChange[] = [];
    const failures: unknown[] = [];
    let failNext = false;
    const connected = new Set<string>();
    const presence = createPresence({
      db: t.app.db,
      isConnected: (memberId) => connected.has(memberId),
      isFocused: () => false,
      async announce(changes) {
        if (failNext) {
          failNext = false;
          throw new Error('the database went away');
        }
        announced.push(...changes);
      },
      onFailure: (error) => failures.push(error),
    });
    await presence.start();
    const { id } = await createMember(t.app.db);
    const said = (online: boolean) =>
      announced.some((change) => change.memberId === id && change.online === online);

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

describe('the online list a hello carries', () => {
  it('is the JSON of everyone the read found, with the new member first when it missed them', () => {
    const online = new OnlineList(new Set(['a', 'b']));
    expect(JSON.parse(online.jsonWith('a'))).toEqual(['a', 'b']);
    expect(JSON.parse(online.jsonWith('c'))).toEqual(['c', 'a', 'b']);
    expect(JSON.parse(new OnlineList(new Set()).jsonWith('c'))).toEqual(['c']);
  });
});

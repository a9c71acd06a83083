import { presenceDigest } from '@praxis/contracts/presence-digest';
import { describe, expect, it } from 'vitest';
import { OnlineList, OnlineRoster } from './online-roster.ts';
import type { PresenceChange } from './presence.ts';

/** A roster over a database that `online` stands for, counting its reads; `hold` pauses them. */
function rosterOver(online: Set<string>) {
  let reads = 0;
  let release: (() => void) | null = null;
  let paused = false;
  const corrections: PresenceChange[][] = [];
  const roster = new OnlineRoster(
    async () => {
      reads += 1;
      const found = new Set(online);
      if (paused) await new Promise<void>((resolve) => (release = resolve));
      return found;
    },
    (changes) => corrections.push(changes),
  );
  return {
    roster,
    corrections,
    reads: () => reads,
    hold() {
      paused = true;
    },
    finishRead() {
      paused = false;
      release?.();
    },
  };
}

const members = async (roster: OnlineRoster) => [...(await roster.shown()).members].sort();

describe('the online list an instance holds', () => {
  it('is read once, for all the hellos that wait for it, and then follows the changes its tabs are told of', async () => {
    const { roster, reads } = rosterOver(new Set(['amra', 'bo']));
    const [first, second] = await Promise.all([roster.shown(), roster.shown()]);
    expect(first).toBe(second);
    expect(reads()).toBe(1);

    roster.heard([
      { memberId: 'cleo', online: true },
      { memberId: 'amra', online: false },
    ]);
    expect(await members(roster)).toEqual(['bo', 'cleo']);
    expect(reads()).toBe(1);
  });

  it('never changes a list it gave out: a hello being written keeps what it was given', async () => {
    const { roster } = rosterOver(new Set(['amra']));
    const given = await roster.shown();
    roster.heard([{ memberId: 'bo', online: true }]);
    expect([...given.members]).toEqual(['amra']);
    expect(await roster.shown()).not.toBe(given);
  });

  it('keeps the changes heard while it reads again, over what the read found', async () => {
    const online = new Set(['amra', 'bo']);
    const { roster, reads, hold, finishRead, corrections } = rosterOver(online);
    await roster.shown();
    hold();
    const refreshed = roster.refresh();
    // Bo leaves and Cleo comes after the read found the list, but before it answered.
    online.delete('bo');
    roster.heard([
      { memberId: 'bo', online: false },
      { memberId: 'cleo', online: true },
    ]);
    finishRead();
    await refreshed;
    expect(reads()).toBe(2);
    expect(await members(roster)).toEqual(['amra', 'cleo']);
    // The tabs heard those changes as the list did: nothing to correct.
    expect(corrections).toEqual([]);
  });

  it('mends what it missed when read again, telling the tabs, and reads nothing while no tab asked for it yet', async () => {
    const online = new Set(['amra']);
    const { roster, reads, corrections } = rosterOver(online);
    await roster.refresh();
    expect(reads()).toBe(0);
    await roster.shown();
    // Bo came online while the bus was cut off: nothing was heard of him.
    online.add('bo');
    expect(await members(roster)).toEqual(['amra']);
    await roster.refresh();
    expect(await members(roster)).toEqual(['amra', 'bo']);
    expect(corrections).toEqual([[{ memberId: 'bo', online: true }]]);
    // Amra left unheard: the tabs are told so too; a read that finds nothing new tells nothing.
    online.delete('amra');
    await roster.refresh();
    await roster.refresh();
    expect(corrections.at(-1)).toEqual([{ memberId: 'amra', online: false }]);
    expect(corrections).toHaveLength(2);
  });

  it('greets with the list its first read found though a read asked for meanwhile failed', async () => {
    let reads = 0;
    let release = () => {};
    const roster = new OnlineRoster(async () => {
      reads += 1;
      if (reads === 1) {
        await new Promise<void>((resolve) => (release = resolve));
        return new Set(['amra']);
      }
      throw new Error('the database went away');
    });
    const hello = roster.shown();
    const refreshed = roster.refresh();
    release();
    await expect(refreshed).rejects.toThrow('the database went away');
    expect([...(await hello).members]).toEqual(['amra']);
    expect(reads).toBe(2);
  });

  it('keeps the changes heard during its first read', async () => {
    const { roster, hold, finishRead } = rosterOver(new Set(['amra']));
    hold();
    const first = roster.shown();
    roster.heard([{ memberId: 'bo', online: true }]);
    finishRead();
    expect([...(await first).members].sort()).toEqual(['amra', 'bo']);
  });

  it('reads once more after a read that was under way when asked to read again', async () => {
    const online = new Set(['amra']);
    const { roster, reads, hold, finishRead } = rosterOver(online);
    await roster.shown();
    hold();
    const slow = roster.refresh();
    // The bus comes back: Bo came online while it was cut off, after the slow read began.
    online.add('bo');
    const again = roster.refresh();
    finishRead();
    await Promise.all([slow, again]);
    expect(reads()).toBe(3);
    expect(await members(roster)).toEqual(['amra', 'bo']);
  });

  it('keeps the list it holds when reading it again fails', async () => {
    let fail = false;
    const roster = new OnlineRoster(async () => {
      if (fail) throw new Error('the database went away');
      return new Set(['amra']);
    });
    await roster.shown();
    fail = true;
    await expect(roster.refresh()).rejects.toThrow('the database went away');
    expect(await members(roster)).toEqual(['amra']);
  });

  it('fails the hellos waiting for a read that failed, and reads again for the next', async () => {
    let fail = true;
    const roster = new OnlineRoster(async () => {
      if (fail) throw new Error('the database went away');
      return new Set(['amra']);
    });
    await expect(roster.shown()).rejects.toThrow('the database went away');
    fail = false;
    expect(await members(roster)).toEqual(['amra']);
  });
});

describe('the online list a hello carries', () => {
  it('is the JSON of everyone online, with the new member first when it missed them', () => {
    const online = new OnlineList(new Set(['a', 'b']));
    expect(JSON.parse(online.jsonWith('a'))).toEqual(['a', 'b']);
    expect(JSON.parse(online.jsonWith('c'))).toEqual(['c', 'a', 'b']);
    expect(JSON.parse(new OnlineList(new Set()).jsonWith('c'))).toEqual(['c']);
  });

  it('has the digest of the very list jsonWith gives each member, whether it holds them', () => {
    const online = new OnlineList(new Set(['a', 'b']));
    for (const member of ['a', 'c']) {
      expect(online.digestWith(member)).toBe(presenceDigest(JSON.parse(online.jsonWith(member))));
    }
    expect(online.digestWith('c')).not.toBe(online.digestWith('a'));
  });
});

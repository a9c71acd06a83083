import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { PresenceChange } from './presence.ts';
import { coalescePresence } from './presence-frames.ts';

describe('coalescePresence', () => {
  function gathered(windowMs: number) {
    const frames: PresenceChange[][] = [];
    return { frames, presence: coalescePresence((changes) => frames.push(changes), windowMs) };
  }

  it('sends the changes of a moment in one frame, in the order they happened', async () => {
    const { frames, presence } = gathered(20);
    presence.add({ memberId: 'a', online: true });
    presence.add({ memberId: 'b', online: true });
    presence.add({ memberId: 'c', online: false });
    expect(frames).toEqual([]);
    await sleep(60);
    expect(frames).toEqual([
      [
        { memberId: 'a', online: true },
        { memberId: 'b', online: true },
        { memberId: 'c', online: false },
      ],
    ]);
  });

  it('sends what it gathered at once when asked, and gathers the next change for a whole window', async () => {
    const { frames, presence } = gathered(200);
    presence.add({ memberId: 'a', online: true });
    presence.flush();
    expect(frames).toEqual([[{ memberId: 'a', online: true }]]);
    await sleep(100);
    presence.add({ memberId: 'b', online: true });
    // Past the first change's window: its timer is gone, so the second still waits for its own.
    await sleep(150);
    expect(frames).toHaveLength(1);
    await sleep(150);
    expect(frames).toEqual([[{ memberId: 'a', online: true }], [{ memberId: 'b', online: true }]]);
  });

  it("keeps each member's latest state only, in the place of that change", async () => {
    const { frames, presence } = gathered(20);
    presence.add({ memberId: 'a', online: true });
    presence.add({ memberId: 'b', online: true });
    presence.add({ memberId: 'a', online: false });
    await sleep(60);
    expect(frames).toEqual([
      [
        { memberId: 'b', online: true },
        { memberId: 'a', online: false },
      ],
    ]);
  });

  it('starts a new frame for changes after one went out', async () => {
    const { frames, presence } = gathered(20);
    presence.add({ memberId: 'a', online: true });
    await sleep(60);
    presence.add({ memberId: 'a', online: false });
    await sleep(60);
    expect(frames).toEqual([[{ memberId: 'a', online: true }], [{ memberId: 'a', online: false }]]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptResults } from './kept-results.ts';

afterEach(() => {
  vi.useRealTimers();
});

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Work whose runs are counted, each finishing when the test says. */
function countedWork() {
  const finishers: ((value: string) => void)[] = [];
  const failers: ((error: Error) => void)[] = [];
  const work = () =>
    new Promise<string>((resolve, reject) => {
      finishers.push(resolve);
      failers.push(reject);
    });
  return { work, finishers, failers, runs: () => finishers.length };
}

/** A kept result for 'a', counted at the fake clock's now. */
async function keptFirst(kept: ReturnType<typeof keptResults<string>>) {
  const first = kept(
    'a',
    async () => 'first',
    async () => 'unused',
  );
  expect(await first).toBe('first');
}

describe('keptResults', () => {
  it('gives a result younger than keptMs without doing the work again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10 });
    await keptFirst(kept);
    const { work, runs } = countedWork();
    vi.setSystemTime(Date.now() + 999);
    expect(await kept('a', work, work)).toBe('first');
    expect(runs()).toBe(0);
  });

  it('gives an older one while refreshing it once in the background, then the new one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10 });
    await keptFirst(kept);
    const asked = countedWork();
    const refreshed = countedWork();
    vi.setSystemTime(Date.now() + 1000);
    expect(await kept('a', asked.work, refreshed.work)).toBe('first');
    expect(await kept('a', asked.work, refreshed.work)).toBe('first');
    expect([asked.runs(), refreshed.runs()]).toEqual([0, 1]);
    refreshed.finishers[0]?.('second');
    await turn();
    expect(await kept('a', asked.work, refreshed.work)).toBe('second');
    expect([asked.runs(), refreshed.runs()]).toEqual([0, 1]);
  });

  it('has the asker do the work and wait for it once the result is older than staleMs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10 });
    await keptFirst(kept);
    const asked = countedWork();
    const refreshed = countedWork();
    vi.setSystemTime(Date.now() + 2000);
    const answer = kept('a', asked.work, refreshed.work);
    await turn();
    expect([asked.runs(), refreshed.runs()]).toEqual([1, 0]);
    asked.finishers[0]?.('counted by the asker');
    expect(await answer).toBe('counted by the asker');
    expect(await kept('a', asked.work, refreshed.work)).toBe('counted by the asker');
  });

  it('keeps each key apart', async () => {
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10 });
    expect(
      await kept(
        'a',
        async () => 'for a',
        async () => 'unused',
      ),
    ).toBe('for a');
    expect(
      await kept(
        'b',
        async () => 'for b',
        async () => 'unused',
      ),
    ).toBe('for b');
    expect(
      await kept(
        'a',
        async () => 'again',
        async () => 'unused',
      ),
    ).toBe('for a');
  });

  it('gives the asker the failure of its work, and keeps nothing of it', async () => {
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10 });
    const failing = async () => {
      throw new Error('statement timeout');
    };
    await expect(kept('a', failing, failing)).rejects.toThrow('statement timeout');
    expect(await kept('a', async () => 'counted', failing)).toBe('counted');
  });

  it('keeps the result it had when a refresh fails, and refreshes again keptMs later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10 });
    await keptFirst(kept);
    const asked = countedWork();
    const refreshed = countedWork();
    vi.setSystemTime(Date.now() + 1500);
    expect(await kept('a', asked.work, refreshed.work)).toBe('first');
    refreshed.failers[0]?.(new Error('statement timeout'));
    await turn();
    vi.setSystemTime(Date.now() + 999);
    expect(await kept('a', asked.work, refreshed.work)).toBe('first');
    expect(refreshed.runs()).toBe(1);
    vi.setSystemTime(Date.now() + 1);
    expect(await kept('a', asked.work, refreshed.work)).toBe('first');
    expect([asked.runs(), refreshed.runs()]).toEqual([0, 2]);
  });

  it('forgets the least recently counted key beyond its size', async () => {
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 2 });
    for (const key of ['a', 'b', 'c'])
      await kept(
        key,
        async () => key,
        async () => key,
      );
    const { work, finishers, runs } = countedWork();
    expect(await kept('c', work, work)).toBe('c');
    expect(await kept('b', work, work)).toBe('b');
    expect(runs()).toBe(0);
    const a = kept('a', work, work);
    await turn();
    expect(runs()).toBe(1);
    finishers[0]?.('a again');
    expect(await a).toBe('a again');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keptResults } from './kept-results.ts';

// The clock is the test's: nothing expires unless a test moves it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const failures: unknown[] = [];
const onError = (error: unknown) => failures.push(error);
beforeEach(() => {
  failures.length = 0;
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
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10, onError });
    await keptFirst(kept);
    const { work, runs } = countedWork();
    vi.setSystemTime(Date.now() + 999);
    expect(await kept('a', work, work)).toBe('first');
    expect(runs()).toBe(0);
  });

  it('gives an older one while refreshing it once in the background, then the new one', async () => {
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10, onError });
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
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10, onError });
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
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10, onError });
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
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10, onError });
    const failing = async () => {
      throw new Error('statement timeout');
    };
    await expect(kept('a', failing, failing)).rejects.toThrow('statement timeout');
    expect(await kept('a', async () => 'counted', failing)).toBe('counted');
  });

  it('keeps the result it had when a refresh fails, tells of it, and tries again a while later', async () => {
    const kept = keptResults<string>({ keptMs: 1200, staleMs: 2400, size: 10, onError });
    const first = kept(
      'a',
      async () => 'first',
      async () => 'unused',
    );
    expect(await first).toBe('first');
    const asked = countedWork();
    const refreshed = countedWork();
    vi.setSystemTime(Date.now() + 1500);
    expect(await kept('a', asked.work, refreshed.work)).toBe('first');
    await turn();
    refreshed.failers[0]?.(new Error('statement timeout'));
    await turn();
    expect(failures).toEqual([new Error('statement timeout')]);
    vi.setSystemTime(Date.now() + 199);
    expect(await kept('a', asked.work, refreshed.work)).toBe('first');
    await turn();
    expect(refreshed.runs()).toBe(1);
    vi.setSystemTime(Date.now() + 1);
    expect(await kept('a', asked.work, refreshed.work)).toBe('first');
    await turn();
    expect([asked.runs(), refreshed.runs()]).toEqual([0, 2]);
  });

  it('gives no result older than staleMs, however its refreshes fail', async () => {
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 10, onError });
    await keptFirst(kept);
    const failing = () => {
      throw new Error('refused at once');
    };
    vi.setSystemTime(Date.now() + 1000);
    for (let age = 1000; age < 2000; age += 200) {
      expect(await kept('a', failing, failing)).toBe('first');
      await turn();
      vi.setSystemTime(Date.now() + 200);
    }
    expect(failures).toHaveLength(5);
    await expect(kept('a', failing, failing)).rejects.toThrow('refused at once');
  });

  it('forgets the least recently counted key beyond its size', async () => {
    const kept = keptResults<string>({ keptMs: 1000, staleMs: 2000, size: 2, onError });
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

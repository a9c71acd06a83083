import { describe, expect, it } from 'vitest';
import { batchByKeyWhileBusy, batchWhileBusy } from './batches.ts';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('batchWhileBusy', () => {
  it('starts a lone call at once, in the same turn, as an unbatched call would', () => {
    const runs: number[][] = [];
    const echo = batchWhileBusy(async (items: number[]) => {
      runs.push(items);
      return items;
    });
    void echo(1);
    expect(runs).toEqual([[1]]);
  });

  it('gathers the calls made while a run is under way into the next run, each with its own answer', async () => {
    const runs: number[][] = [];
    let finishFirst = () => {};
    const double = batchWhileBusy(async (items: number[]) => {
      runs.push(items);
      if (runs.length === 1) await new Promise<void>((resolve) => (finishFirst = resolve));
      return items.map((item) => item * 2);
    });
    const first = double(1);
    const later = [double(2), double(3)];
    await turn();
    const latest = double(4);
    await turn();
    expect(runs).toEqual([[1]]);
    finishFirst();
    expect(await Promise.all([first, ...later, latest])).toEqual([2, 4, 6, 8]);
    expect(runs).toEqual([[1], [2, 3, 4]]);
  });

  it('fails every call of a failed run, and runs the next batch all the same', async () => {
    let fail = true;
    const check = batchWhileBusy(async (items: string[]) => {
      if (fail) throw new Error('the database is gone');
      return items;
    });
    const failed = [check('a'), check('b')].map((call) =>
      call.catch((error: Error) => error.message),
    );
    expect(await Promise.all(failed)).toEqual(['the database is gone', 'the database is gone']);
    fail = false;
    expect(await check('c')).toBe('c');
  });
});

describe('batchByKeyWhileBusy', () => {
  it('runs each key apart, so a slow key never holds another back', async () => {
    const runs: string[] = [];
    let finishSlow = () => {};
    const byRoom = batchByKeyWhileBusy(async (room: string, tabs: number[]) => {
      runs.push(`${room}:${tabs.join(',')}`);
      if (room === 'slow') await new Promise<void>((resolve) => (finishSlow = resolve));
      return tabs.map((tab) => `${room}-${tab}`);
    });
    const slow = byRoom('slow', 1);
    const quick = await Promise.all([byRoom('quick', 2), byRoom('quick', 3), byRoom('quick', 4)]);
    expect(quick).toEqual(['quick-2', 'quick-3', 'quick-4']);
    finishSlow();
    expect(await slow).toBe('slow-1');
    expect(runs).toEqual(['slow:1', 'quick:2', 'quick:3,4']);
  });
});

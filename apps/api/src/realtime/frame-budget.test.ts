import { describe, expect, it } from 'vitest';
import { FrameBudgets } from './frame-budget.ts';

describe('FrameBudgets', () => {
  it('allows a burst, then refuses until time refills the bucket at its rate', () => {
    let now = 0;
    const budgets = new FrameBudgets(10, 2, () => now);
    expect(Array.from({ length: 12 }, () => budgets.spend('amra', 1))).toEqual([
      ...Array(10).fill(true),
      false,
      false,
    ]);
    now += 1000;
    expect([budgets.spend('amra', 1), budgets.spend('amra', 1), budgets.spend('amra', 1)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('keeps one bucket per member, and refuses a cost larger than what is left without taking it', () => {
    let now = 0;
    const budgets = new FrameBudgets(10, 1, () => now);
    expect(budgets.spend('amra', 8)).toBe(true);
    expect(budgets.spend('amra', 5)).toBe(false);
    expect(budgets.spend('amra', 2)).toBe(true);
    expect(budgets.spend('jasmin', 10)).toBe(true);
    now += 1000;
    expect(budgets.spend('amra', 1)).toBe(true);
    expect(budgets.spend('amra', 1)).toBe(false);
  });

  it('forgets buckets that have refilled, and only those', () => {
    let now = 0;
    const budgets = new FrameBudgets(10, 1, () => now);
    budgets.spend('amra', 10);
    budgets.spend('jasmin', 1);
    now += 1000;
    budgets.prune();
    expect(budgets.size).toBe(1);
    now += 9000;
    budgets.prune();
    expect(budgets.size).toBe(0);
  });
});

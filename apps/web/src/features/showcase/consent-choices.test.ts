import type { ShowcaseItem } from '@praxis/contracts/showcase';
import { describe, expect, it } from 'vitest';
import { currentItemFor, waitingForAnswer } from '../../lib/api/list-showcase-items.ts';
import { answerOf, canAnswer, withdrawsAtOnce } from './consent-choices.ts';

const ana = '00000000-0000-4000-8000-00000000000a';
const bojan = '00000000-0000-4000-8000-00000000000b';

function item(id: string, overrides: Partial<ShowcaseItem> = {}): ShowcaseItem {
  const person = (memberId: string) => ({
    id: memberId,
    handle: memberId.slice(-1),
    name: memberId.slice(-1),
    role: 'member' as const,
    avatar: null,
  });
  return {
    id,
    kind: 'lesson',
    status: 'awaiting_consent',
    withdrawal: null,
    title: `Lesson ${id}`,
    lessonId: `lesson-${id}`,
    pilotId: null,
    publicUrl: null,
    requestedAt: '2026-12-01T10:00:00.000Z',
    publishedAt: null,
    withdrawnAt: null,
    credits: [
      { member: person(ana), role: 'author', answer: 'pending', answeredAt: null },
      { member: person(bojan), role: 'author', answer: 'name', answeredAt: null },
    ],
    ...overrides,
  };
}

describe('showcase answers', () => {
  it('counts the items still waiting for this member, leaving withdrawn ones out', () => {
    const items = [item('1'), item('2', { status: 'withdrawn' }), item('3')];
    expect(waitingForAnswer(items, ana)).toBe(2);
    expect(waitingForAnswer(items, bojan)).toBe(0);
  });

  it("finds a lesson's current request, not one withdrawn earlier", () => {
    const gone = item('1', { status: 'withdrawn', lessonId: 'lesson-x' });
    const asking = item('2', { lessonId: 'lesson-x' });
    expect(currentItemFor([gone], { lessonId: 'lesson-x' })).toBeUndefined();
    expect(currentItemFor([gone, asking], { lessonId: 'lesson-x' })?.id).toBe('2');
    expect(currentItemFor([asking], { pilotId: 'lesson-x' })).toBeUndefined();
  });

  it("reads the member's own answer, and null when the item does not name them", () => {
    expect(answerOf(item('1'), ana)).toBe('pending');
    expect(answerOf(item('1'), bojan)).toBe('name');
    expect(answerOf(item('1'), '00000000-0000-4000-8000-00000000000c')).toBeNull();
  });

  it('warns only when a "no" would take down an item already public', () => {
    expect(withdrawsAtOnce({ status: 'published' }, 'declined')).toBe(true);
    expect(withdrawsAtOnce({ status: 'published' }, 'organisation')).toBe(false);
    expect(withdrawsAtOnce({ status: 'awaiting_consent' }, 'declined')).toBe(false);
  });

  it('lets a named member answer until the item is withdrawn', () => {
    expect(canAnswer({ status: 'published' }, 'name')).toBe(true);
    expect(canAnswer({ status: 'awaiting_consent' }, 'pending')).toBe(true);
    expect(canAnswer({ status: 'withdrawn' }, 'name')).toBe(false);
    expect(canAnswer({ status: 'published' }, null)).toBe(false);
  });
});

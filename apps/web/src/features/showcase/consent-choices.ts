import type { ShowcaseAnswer, ShowcaseConsent, ShowcaseItem } from '@praxis/contracts/showcase';

/** What a named person can answer, in the order the form offers it. */
export const CONSENT_CHOICES: ShowcaseConsent['answer'][] = [
  'name',
  'organisation',
  'hidden',
  'declined',
];

/** The member's answer on an item that names them (any of their credits), or null. */
export function answerOf(item: ShowcaseItem, memberId: string): ShowcaseAnswer | null {
  return item.credits.find((credit) => credit.member.id === memberId)?.answer ?? null;
}

/**
 * Whether sending `answer` would take the item down at once and for good: a "no" to an item
 * already out on the public pages.
 */
export function withdrawsAtOnce(item: Pick<ShowcaseItem, 'status'>, answer: string): boolean {
  return item.status === 'published' && answer === 'declined';
}

/** Whether the member may still answer or change their answer: not once the item is gone. */
export function canAnswer(item: Pick<ShowcaseItem, 'status'>, mine: ShowcaseAnswer | null) {
  return mine !== null && item.status !== 'withdrawn';
}

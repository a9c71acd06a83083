import type { ShowcaseAnswer } from '@praxis/contracts/showcase';
import type { Db } from '@praxis/db/client';
import { publish } from '../../realtime/bus.ts';

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /**
     * What the public showcase shows of an item changed: it was asked for, went out, was
     * withdrawn, or someone it names changed how they are shown. Public pages drop their copy.
     */
    'showcase.changed': { itemId: string };
    /** A named member answered: consented (and how to be shown), declined or withdrew. */
    'showcase.answered': { itemId: string; memberId: string; answer: ShowcaseAnswer };
  }
}

/** Announces a change of items, inside the transaction that made it, in one statement. */
export function showcaseChanged(tx: Db, ...itemIds: string[]) {
  return publish(
    tx,
    ...itemIds.map((itemId) => ({ name: 'showcase.changed' as const, payload: { itemId } })),
  );
}

/** Announces an answer and the change it makes, inside the transaction that stored it. */
export function showcaseAnswered(tx: Db, itemId: string, memberId: string, answer: ShowcaseAnswer) {
  return publish(
    tx,
    { name: 'showcase.answered', payload: { itemId, memberId, answer } },
    { name: 'showcase.changed', payload: { itemId } },
  );
}

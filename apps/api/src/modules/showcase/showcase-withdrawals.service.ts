import type { Db } from '@praxis/db/client';
import { notify } from '../notifications/notifications.service.ts';
import { showcaseChanged } from './showcase.events.ts';
import * as repository from './showcase.repository.ts';

// What the library and the pilots' board change reaches the showcase: a lesson or pilot that
// narrows (see lesson.narrowed and pilot.narrowed) takes every live item copied from it down.

/**
 * Withdraws for good, with `no_longer_qualifies`, every item waiting for consent or public that
 * was copied from these lessons or this pilot; tells the organiser who asked for each and drops
 * the public pages' copies. Every instance hears the event and runs this: the conditional update
 * lets one of them withdraw each item, the others find nothing left to do.
 */
export async function withdrawNoLongerQualifying(
  db: Db,
  from: { lessonIds: string[] } | { pilotId: string },
) {
  if ('lessonIds' in from && from.lessonIds.length === 0) return;
  await db.transaction(async (tx) => {
    const withdrawn = await repository.withdrawLive(tx, from);
    await notify(
      tx,
      withdrawn.flatMap((item) =>
        item.requestedById
          ? [
              {
                memberId: item.requestedById,
                kind: 'showcase_withdrawn' as const,
                detail: {
                  showcaseItemId: item.id,
                  title: item.title,
                  withdrawal: 'no_longer_qualifies',
                },
              },
            ]
          : [],
      ),
    );
    await showcaseChanged(tx, ...withdrawn.map((item) => item.id));
  });
}

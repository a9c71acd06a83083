import type { Db } from '@praxis/db/client';
import { publish } from '../../realtime/bus.ts';
import { translationIdsOf } from './lessons.repository.ts';

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /**
     * What these lessons may show, or to whom, narrowed: they left the library (back to review or
     * draft), were kept to some cohorts, a source's author declined to be quoted or a source went
     * off the record, or they were deleted. Copies made of them elsewhere no longer hold.
     */
    'lesson.narrowed': { lessonIds: string[] };
  }
}

/**
 * Announces that a lesson narrowed, its translations with it (they follow its status, audience
 * and sources), inside the transaction that narrowed it.
 */
export async function lessonNarrowed(tx: Db, lessonId: string) {
  const lessonIds = [lessonId, ...(await translationIdsOf(tx, lessonId))];
  await publish(tx, { name: 'lesson.narrowed', payload: { lessonIds } });
}

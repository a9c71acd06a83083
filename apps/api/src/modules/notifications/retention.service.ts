import type { Db } from '@praxis/db/client';
import * as repository from './retention.repository.ts';

/** How many notifications, already read, were created before `before`. */
export function countReadNotificationsBefore(db: Db, before: Date): Promise<number> {
  return repository.countReadBefore(db, before);
}

/**
 * Deletes up to `limit` read notifications created before `before`; resolves with how many went
 * (fewer than `limit`: none are left). Unread ones stay whatever their age: nobody saw them yet.
 */
export function deleteReadNotificationsBefore(tx: Db, before: Date, limit: number) {
  return repository.deleteReadBefore(tx, before, limit);
}

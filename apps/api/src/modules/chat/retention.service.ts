import type { Db } from '@praxis/db/client';
import { deleteFilesOf, filesOf } from '../attachments/attachments.service.ts';
import * as repository from './retention.repository.ts';

/**
 * How many chat messages, in rooms and direct conversations alike, were written before
 * `before`: what a retention limit would delete now.
 */
export function countMessagesBefore(db: Db, before: Date): Promise<number> {
  return repository.countMessagesBefore(db, before);
}

/**
 * Deletes up to `limit` of the oldest messages written before `before`, with their files and
 * reactions, in `tx`; resolves with how many went (fewer than `limit`: none are left). A client
 * resuming a room later reads on from what is left, as after a deletion it did not see.
 */
export async function deleteMessagesBefore(tx: Db, before: Date, limit: number): Promise<number> {
  const ids = await repository.messageIdsBefore(tx, before, limit);
  if (ids.length === 0) return 0;
  const files = await filesOf(tx, 'message', ids);
  for (const id of files.keys()) await deleteFilesOf(tx, { kind: 'message', id });
  return repository.deleteMessages(tx, ids);
}

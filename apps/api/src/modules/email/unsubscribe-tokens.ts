import type { Db } from '@praxis/db/client';
import { sign, verify } from '../../lib/signing.ts';
import { UNSUBSCRIBABLE, type Unsubscribable } from './topics.ts';

const PURPOSE = 'unsubscribe';

/**
 * A token for one member and one topic, signed by the server: whoever holds it (the mail's
 * recipient, or their mail provider's one-click button) can turn that topic off, nothing else.
 * It does not expire, so that the link in an old mail still works.
 */
export async function unsubscribeToken(db: Db, memberId: string, topic: Unsubscribable) {
  const data = Buffer.concat([
    Buffer.from(memberId.replaceAll('-', ''), 'hex'),
    Buffer.from([UNSUBSCRIBABLE.indexOf(topic)]),
  ]);
  return sign(db, PURPOSE, data);
}

/** The member and topic a token names, or null for one the server did not sign. */
export async function readUnsubscribeToken(
  db: Db,
  token: string,
): Promise<{ memberId: string; topic: Unsubscribable } | null> {
  const data = await verify(db, PURPOSE, token);
  if (data?.length !== 17) return null;
  const topic = UNSUBSCRIBABLE[data[16] ?? -1];
  if (!topic) return null;
  const hex = data.subarray(0, 16).toString('hex');
  const memberId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { memberId, topic };
}

import type { Db } from '@praxis/db/client';
import { sign, verify } from '../../lib/signing.ts';
import type { Unsubscribable } from './topics.ts';

const PURPOSE = 'unsubscribe';

/**
 * The byte each topic is written as in a token. Fixed for good: links in old mails must keep
 * naming the topic they named, whatever topics come or go. A new topic takes a new code; a code
 * is never reused.
 */
const TOPIC_CODES: Record<Unsubscribable, number> = {
  own_thread_replies: 1,
  followed_thread_replies: 2,
  mentions: 3,
  advice: 4,
  direct_messages: 5,
  meetup_news: 6,
  flags: 7,
  weekly_digest: 8,
  daily_summary: 9,
  practice: 10,
};
const TOPIC_BY_CODE = new Map(
  Object.entries(TOPIC_CODES).map(([topic, code]) => [code, topic as Unsubscribable]),
);

/**
 * A token for one member and one topic, signed by the server: whoever holds it (the mail's
 * recipient, or their mail provider's one-click button) can turn that topic off, nothing else.
 * It does not expire, so that the link in an old mail still works.
 */
export async function unsubscribeToken(db: Db, memberId: string, topic: Unsubscribable) {
  const data = Buffer.concat([
    Buffer.from(memberId.replaceAll('-', ''), 'hex'),
    Buffer.from([TOPIC_CODES[topic]]),
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
  const topic = TOPIC_BY_CODE.get(data[16] ?? 0);
  if (!topic) return null;
  const hex = data.subarray(0, 16).toString('hex');
  const memberId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { memberId, topic };
}

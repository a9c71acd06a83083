import { randomBytes } from 'node:crypto';
import type { Db } from '@praxis/db/client';
import { replyAddresses } from '@praxis/db/schema/email';
import { eq, lt } from 'drizzle-orm';
import { base32 } from '../../lib/base32.ts';
import { hashToken } from '../../tokens.ts';

/** How long a mail can be answered by e-mail. */
export const REPLY_ADDRESS_DAYS = 30;

/** Where an answer by e-mail is posted: a thread or a chat room. */
export type ReplyTarget = { threadId: string } | { roomId: string };

/**
 * A Reply-To address for `memberId` about one thread or room: 130 random bits in lower-case
 * base32 (mail servers may change the case of a local part), of which only the hash is stored.
 */
export async function createReplyAddress(
  db: Db,
  memberId: string,
  target: ReplyTarget,
  domain: string,
  now: Date = new Date(),
): Promise<string> {
  const token = base32(randomBytes(17)).slice(0, 26);
  await db.insert(replyAddresses).values({
    tokenHash: hashToken(token),
    memberId,
    threadId: 'threadId' in target ? target.threadId : null,
    roomId: 'roomId' in target ? target.roomId : null,
    expiresAt: new Date(now.getTime() + REPLY_ADDRESS_DAYS * 24 * 3600 * 1000),
  });
  return `reply+${token}@${domain}`;
}

/** The address's member and target, expired or not (the caller says which it is), or null. */
export async function findReplyAddress(db: Db, token: string) {
  const [row] = await db
    .select()
    .from(replyAddresses)
    .where(eq(replyAddresses.tokenHash, hashToken(token.toLowerCase())));
  return row ?? null;
}

/** Forgets addresses expired long enough that a late answer would be refused anyway. */
export async function pruneReplyAddresses(db: Db, now: Date = new Date()) {
  const cutoff = new Date(now.getTime() - REPLY_ADDRESS_DAYS * 24 * 3600 * 1000);
  await db.delete(replyAddresses).where(lt(replyAddresses.expiresAt, cutoff));
}

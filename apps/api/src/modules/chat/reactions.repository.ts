import { REACTION_EMOJI, type ReactionEmoji } from '@praxis/contracts/chat';
import type { Db } from '@praxis/db/client';
import { messageReactions } from '@praxis/db/schema/chat';
import { and, asc, eq, sql } from 'drizzle-orm';
import { prepared, uuidArray, uuidArrayValue } from '../../lib/prepared-statements.ts';

export interface StoredReaction {
  emoji: ReactionEmoji;
  memberIds: string[];
}

/** Each message's reactions, in the fixed order of the emoji, reactors earliest first. */
export async function reactionsByMessage(db: Db, messageIds: string[]) {
  const byMessage = new Map<string, StoredReaction[]>();
  if (messageIds.length === 0) return byMessage;
  // Every page of history asks it: prepared once, for any number of messages.
  const statement = prepared(db, 'chat.reactions.ofMessages', (name) =>
    db
      .select()
      .from(messageReactions)
      .where(sql`${messageReactions.messageId} = any(${uuidArray('messageIds')})`)
      .orderBy(asc(messageReactions.createdAt), asc(messageReactions.memberId))
      .prepare(name),
  );
  const rows = await statement.execute({ messageIds: uuidArrayValue(messageIds) });
  for (const emoji of REACTION_EMOJI) {
    for (const row of rows) {
      if (row.emoji !== emoji) continue;
      const reactions = byMessage.get(row.messageId) ?? [];
      const last = reactions.at(-1);
      if (last?.emoji === emoji) last.memberIds.push(row.memberId);
      else reactions.push({ emoji, memberIds: [row.memberId] });
      byMessage.set(row.messageId, reactions);
    }
  }
  return byMessage;
}

/** Adds or takes back one reaction; whether anything changed. */
export async function setReaction(
  db: Db,
  reaction: { messageId: string; memberId: string; emoji: ReactionEmoji },
  reacted: boolean,
) {
  const changed = reacted
    ? await db
        .insert(messageReactions)
        .values(reaction)
        .onConflictDoNothing()
        .returning({ emoji: messageReactions.emoji })
    : await db
        .delete(messageReactions)
        .where(
          and(
            eq(messageReactions.messageId, reaction.messageId),
            eq(messageReactions.memberId, reaction.memberId),
            eq(messageReactions.emoji, reaction.emoji),
          ),
        )
        .returning({ emoji: messageReactions.emoji });
  return changed.length > 0;
}

/** A deleted message keeps no reactions. */
export async function deleteReactions(db: Db, messageId: string) {
  await db.delete(messageReactions).where(eq(messageReactions.messageId, messageId));
}

import type { Db } from '@praxis/db/client';
import { messageReactions, messages, roomMembers, rooms } from '@praxis/db/schema/chat';
import { and, eq, isNull } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';
import { takeDownMessage } from './message-deletion.ts';
import { leaveDirectRoom } from './rooms.repository.ts';

/**
 * Erases the member's messages, in direct rooms only or everywhere, each as its author's delete
 * does: open chats drop it, and the notifications and mails to come quote none of it.
 */
async function eraseMessages(tx: Db, memberId: string, directOnly: boolean) {
  const own = await tx
    .select({ id: messages.id, roomId: messages.roomId })
    .from(messages)
    .innerJoin(rooms, eq(rooms.id, messages.roomId))
    .where(
      and(
        eq(messages.authorId, memberId),
        isNull(messages.deletedAt),
        directOnly ? eq(rooms.kind, 'direct') : undefined,
      ),
    );
  for (const message of own) await takeDownMessage(tx, message);
}

/** Leaves every direct room: a room nobody is left in goes, with its messages. */
async function leaveDirectRooms(tx: Db, memberId: string) {
  const direct = await tx
    .select({ roomId: roomMembers.roomId })
    .from(roomMembers)
    .innerJoin(rooms, eq(rooms.id, roomMembers.roomId))
    .where(and(eq(roomMembers.memberId, memberId), eq(rooms.kind, 'direct')));
  for (const { roomId } of direct) await leaveDirectRoom(tx, roomId, memberId);
}

/**
 * Messages, reactions and room memberships. Direct messages are erased whatever the member chose;
 * messages in cohort, meetup and network rooms follow their choice about posts.
 */
export const chatMemberData: MemberDataArea = {
  name: 'chat',
  columns: ['room_members.member_id', 'messages.author_id', 'message_reactions.member_id'],
  keeps: ['messages.author_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [
      [roomMembers, roomMembers.memberId],
      [messages, messages.authorId],
      [messageReactions, messageReactions.memberId],
    ]),
  }),
  async withdraw(tx, memberId, mode) {
    await eraseMessages(tx, memberId, mode === 'keep_posts');
    await leaveDirectRooms(tx, memberId);
  },
  async erase(tx, memberId, mode) {
    await eraseMessages(tx, memberId, mode === 'keep_posts');
    await leaveDirectRooms(tx, memberId);
    await tx.delete(messageReactions).where(eq(messageReactions.memberId, memberId));
    await tx.delete(roomMembers).where(eq(roomMembers.memberId, memberId));
  },
};

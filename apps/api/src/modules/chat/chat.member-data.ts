import type { Db } from '@praxis/db/client';
import { messageReactions, messages, roomMembers, rooms } from '@praxis/db/schema/chat';
import { and, eq, isNull } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';
import { deleteFilesOf } from '../attachments/attachments.service.ts';
import { changeMessage } from './messages.repository.ts';
import { deleteReactions } from './reactions.repository.ts';
import { leaveDirectRoom } from './rooms.repository.ts';

/**
 * Erases the member's messages, in direct rooms only or everywhere. Each takes its room's next
 * change number, as a deletion by its author does, so that open chats drop it when they resume.
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
  for (const message of own) {
    await changeMessage(tx, message, { body: '', html: '', deletedAt: new Date() });
    await deleteReactions(tx, message.id);
    await deleteFilesOf(tx, { kind: 'message', id: message.id });
  }
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

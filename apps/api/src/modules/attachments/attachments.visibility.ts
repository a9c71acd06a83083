import type { AccountMember } from '@praxis/contracts/members';
import { type SQL, sql } from 'drizzle-orm';
import { messageIdVisibleTo } from '../chat/chat.visibility.ts';
import { meetupNotesVisibleTo } from '../meetups/meetups.visibility.ts';
import { replyIdVisibleTo, threadIdVisibleTo } from '../threads/threads.visibility.ts';

/**
 * Who sees an attachment, as one SQL condition over the `attachments` table: an upload not yet
 * attached is its uploader's alone; an attached one is seen by whoever sees what it belongs to,
 * by that owner's own rule, asked afresh on every read. An owner that is gone (a deleted reply
 * or message) is seen by nobody, and so are its files, even before they are deleted.
 */
export function attachmentVisibleTo(viewer: AccountMember): SQL {
  const column = (name: string) => sql.raw(`"attachments"."${name}"`);
  const ownerId = column('owner_id');
  const kind = column('owner_kind');
  return sql`(case
    when ${kind} is null then ${column('uploader_id')} = ${viewer.id}::uuid
    when ${kind} = 'thread' then ${threadIdVisibleTo(ownerId, viewer)}
    when ${kind} = 'reply' then ${replyIdVisibleTo(ownerId, viewer)}
    when ${kind} = 'message' then ${messageIdVisibleTo(ownerId, viewer.id)}
    when ${kind} = 'meetup_notes' then ${meetupNotesVisibleTo(ownerId, viewer)}
    else false end)`;
}

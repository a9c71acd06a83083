import type { Db } from '@praxis/db/client';
import { sql } from 'drizzle-orm';
import { lessonNarrowed } from './lessons.events.ts';
import * as repository from './lessons.repository.ts';

// A post or meetup notes going off the record after a lesson quoted them: the lesson leaves the
// library at once, as when an author declines to be quoted, until its authors rewrite it.

/** The post or notes that went off the record; a thread takes its replies with it. */
export type OffRecordSource = { threadId: string } | { replyId: string } | { meetupId: string };

function drawsOn(source: OffRecordSource) {
  if ('threadId' in source) return sql`ls.thread_id = ${source.threadId}::uuid`;
  if ('replyId' in source) return sql`ls.reply_id = ${source.replyId}::uuid`;
  return sql`ls.meetup_id = ${source.meetupId}::uuid and ls.agenda_item_id is null`;
}

/**
 * Sends each published lesson drawing on the source back to review, its translations with it
 * (out of the library, its search and its exports), where publishing refuses while the source
 * stays off the record. Returns the lessons sent back. Callers hold the post's lock.
 */
export async function sendBackLessonsDrawingOn(tx: Db, source: OffRecordSource) {
  const result = await tx.execute(sql`
    select distinct l.id from lessons l
    join lesson_sources ls on ls.lesson_id = l.id
    where l.status = 'published' and l.translation_of_id is null and ${drawsOn(source)}`);
  const ids = (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
  for (const id of ids) {
    if (await repository.moveStatus(tx, id, 'published', 'in_review')) {
      await repository.moveTranslations(tx, id, 'draft');
      await lessonNarrowed(tx, id);
    }
  }
  return ids;
}

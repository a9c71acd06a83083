import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { pilotLinks } from '@praxis/db/schema/pilots';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { lessonIdVisibleTo, lessonTitleFor } from '../lessons/lessons.visibility.ts';
import { agendaItemOf, agendaItemVisibleTo } from '../meetups/meetups.visibility.ts';
import { threadIdVisibleTo, threadKindOf, threadTitleOf } from '../threads/threads.visibility.ts';

const column = (name: string) => sql.raw(`"pilot_links"."${name}"`);

export interface LinkInput {
  threadId?: string | undefined;
  lessonId?: string | undefined;
  agendaItemId?: string | undefined;
}

/** Whether the viewer may see what the link points to, by that thing's own rule. */
export function targetVisibleTo(viewer: AccountMember) {
  return or(
    and(sql`${column('thread_id')} is not null`, threadIdVisibleTo(column('thread_id'), viewer)),
    and(sql`${column('lesson_id')} is not null`, lessonIdVisibleTo(column('lesson_id'), viewer)),
    and(
      sql`${column('agenda_item_id')} is not null`,
      agendaItemVisibleTo(column('agenda_item_id'), viewer),
    ),
  );
}

/** A pilot's links to what the viewer may see too, with their titles; oldest first. */
export async function linksOf(db: Db, viewer: AccountMember, pilotId: string) {
  const agendaItem = agendaItemOf(column('agenda_item_id'));
  return db
    .select({
      id: pilotLinks.id,
      threadId: pilotLinks.threadId,
      threadTitle: threadTitleOf(column('thread_id')),
      threadKind: threadKindOf(column('thread_id')),
      lessonId: pilotLinks.lessonId,
      lessonTitle: lessonTitleFor(column('lesson_id'), viewer),
      agendaItemId: pilotLinks.agendaItemId,
      agendaItemTitle: agendaItem.title,
      meetupId: agendaItem.meetupId,
      meetupTitle: agendaItem.meetupTitle,
      createdAt: pilotLinks.createdAt,
    })
    .from(pilotLinks)
    .where(and(eq(pilotLinks.pilotId, pilotId), targetVisibleTo(viewer)))
    .orderBy(asc(pilotLinks.createdAt), asc(pilotLinks.id))
    .limit(200);
}

/** Whether the target exists and the viewer may see it. */
export async function mayLinkTo(db: Db, viewer: AccountMember, target: LinkInput) {
  const id = (value: string) => sql`${value}::uuid`;
  const condition = target.threadId
    ? threadIdVisibleTo(id(target.threadId), viewer)
    : target.lessonId
      ? lessonIdVisibleTo(id(target.lessonId), viewer)
      : agendaItemVisibleTo(id(target.agendaItemId ?? ''), viewer);
  const result = await db.execute(sql`select ${condition} as visible`);
  return (result as unknown as { rows: { visible: boolean }[] }).rows[0]?.visible === true;
}

export async function insertLink(
  db: Db,
  values: LinkInput & { pilotId: string; createdById: string },
) {
  const [row] = await db
    .insert(pilotLinks)
    .values({
      pilotId: values.pilotId,
      threadId: values.threadId ?? null,
      lessonId: values.lessonId ?? null,
      agendaItemId: values.agendaItemId ?? null,
      createdById: values.createdById,
    })
    .onConflictDoNothing()
    .returning({ id: pilotLinks.id });
  return row?.id ?? null;
}

export async function deleteLink(db: Db, pilotId: string, linkId: string) {
  const rows = await db
    .delete(pilotLinks)
    .where(and(eq(pilotLinks.id, linkId), eq(pilotLinks.pilotId, pilotId)))
    .returning({ id: pilotLinks.id });
  return rows.length > 0;
}

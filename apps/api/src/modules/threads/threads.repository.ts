import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { replies, threadReaders, threads } from '@praxis/db/schema/threads';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { prepared, uuidArray, uuidArrayValue } from '../../lib/prepared-statements.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { cohortNameOf } from '../cohorts/cohorts.visibility.ts';
import { unreadNotificationsAboutThread } from '../notifications/notifications.service.ts';
import { threadVisibleTo } from './threads.visibility.ts';

const summaryColumns = {
  id: threads.id,
  kind: threads.kind,
  title: threads.title,
  language: threads.language,
  authorId: threads.authorId,
  cohortId: threads.cohortId,
  cohortName: cohortNameOf(sql`${threads.cohortId}`),
  tags: threads.tags,
  replyCount: threads.replyCount,
  helpfulCount: threads.helpfulCount,
  acceptedReplyId: threads.acceptedReplyId,
  pinnedAt: threads.pinnedAt,
  lockedAt: threads.lockedAt,
  hiddenAt: threads.hiddenAt,
  offRecord: threads.offRecord,
  anonymous: threads.anonymous,
  anonymousCohortId: threads.anonymousCohortId,
  anonymousCohortName: cohortNameOf(sql`${threads.anonymousCohortId}`),
  lastActivityAt: threads.lastActivityAt,
  createdAt: threads.createdAt,
  lastReadAt: threadReaders.lastReadAt,
  following: threadReaders.following,
};

/** A viewer as SQL: the id as given, or a prepared statement's placeholder beside the role. */
type Viewer = Pick<AccountMember, 'role'> & { id: string | SQL };

/**
 * The viewer of a prepared statement: their id a placeholder, their role fixed, since the
 * visibility rule's text differs for organisers. Returns the statement's name for the variant.
 */
export function preparedViewer(viewer: AccountMember, name: string) {
  return {
    viewer: { id: sql`${sql.placeholder('viewerId')}::uuid`, role: viewer.role },
    name: `${name}_${isOrganiser(viewer) ? 'all' : 'member'}`,
  };
}

/**
 * Threads with their cohort and the viewer's own read state, and any `extra` columns; callers add
 * the visibility rule.
 */
export function threadsFor<Extra extends SelectedFields>(
  db: Db,
  viewer: Viewer,
  extra: Extra = {} as Extra,
) {
  return db
    .select({ ...summaryColumns, ...extra })
    .from(threads)
    .leftJoin(threadReaders, ownReadState(viewer))
    .$dynamic();
}

const ownReadState = (viewer: Viewer) =>
  and(eq(threadReaders.threadId, threads.id), eq(threadReaders.memberId, viewer.id));

/** One thread the viewer may see, with `extra` columns; prepared once per variant. */
function visibleThread<Extra extends SelectedFields>(
  db: Db,
  member: AccountMember,
  variant: string,
  extra: Extra = {} as Extra,
) {
  const { viewer, name } = preparedViewer(member, variant);
  return prepared(db, name, (statementName) =>
    threadsFor(db, viewer, extra)
      .where(and(eq(threads.id, sql.placeholder('id')), threadVisibleTo(viewer)))
      .limit(1)
      .prepare(statementName),
  );
}

export type ThreadRow = Awaited<ReturnType<typeof findVisible>> & {};

export async function findVisible(db: Db, viewer: AccountMember, id: string) {
  const [row] = await visibleThread(db, viewer, 'thread_visible').execute({
    id,
    viewerId: viewer.id,
  });
  return row;
}

/**
 * The thread as its reader opens it, with whether that changes anything: `notified` says they
 * have unread notifications about it (the read state is in the summary's columns).
 */
export async function findToRead(db: Db, viewer: AccountMember, id: string) {
  const [row] = await visibleThread(db, viewer, 'thread_to_read', {
    notified: unreadNotificationsAboutThread(
      sql`${sql.placeholder('viewerId')}::uuid`,
      sql`${threads.id}`,
    ),
  }).execute({ id, viewerId: viewer.id });
  return row;
}

export async function findContent(db: Db, id: string) {
  const statement = prepared(db, 'thread_content', (name) =>
    db
      .select({
        bodySource: threads.bodySource,
        bodyHtml: threads.bodyHtml,
        storySource: threads.storySource,
        storyHtml: threads.storyHtml,
        editedAt: threads.editedAt,
      })
      .from(threads)
      .where(eq(threads.id, sql.placeholder('id')))
      .prepare(name),
  );
  const [row] = await statement.execute({ id });
  return row;
}

/**
 * Thread rows, of these ids another list (search) found, that the viewer may see, in no
 * particular order; prepared once per role's variant, for any number of ids.
 */
export async function findVisibleByIds(db: Db, viewer: AccountMember, ids: string[]) {
  if (ids.length === 0) return [];
  const { viewer: preparedFor, name } = preparedViewer(viewer, 'threads_visible_among');
  const statement = prepared(db, name, (statementName) =>
    threadsFor(db, preparedFor)
      .where(and(sql`${threads.id} = any(${uuidArray('ids')})`, threadVisibleTo(preparedFor)))
      .prepare(statementName),
  );
  return statement.execute({ viewerId: viewer.id, ids: uuidArrayValue(ids) });
}

export async function insertThread(db: Db, values: typeof threads.$inferInsert) {
  const [row] = await db.insert(threads).values(values).returning({ id: threads.id });
  if (!row) throw new Error('thread insert returned no row');
  return row.id;
}

export async function updateThread(
  db: Db,
  id: string,
  values: Partial<typeof threads.$inferInsert>,
) {
  await db.update(threads).set(values).where(eq(threads.id, id));
}

/** Takes the thread's row lock, so that counters and the accepted answer change one at a time. */
export async function lockThread(db: Db, id: string) {
  const [row] = await db
    .select({
      id: threads.id,
      kind: threads.kind,
      authorId: threads.authorId,
      lockedAt: threads.lockedAt,
      acceptedReplyId: threads.acceptedReplyId,
      anonymous: threads.anonymous,
      anonymousCohortId: threads.anonymousCohortId,
    })
    .from(threads)
    .where(eq(threads.id, id))
    .for('update');
  return row;
}

/** Opening a thread reads it; replying or writing it too. */
export async function markRead(db: Db, threadId: string, memberId: string) {
  await db
    .insert(threadReaders)
    .values({ threadId, memberId, lastReadAt: sql`now()` })
    .onConflictDoUpdate({
      target: [threadReaders.threadId, threadReaders.memberId],
      set: { lastReadAt: sql`now()` },
    });
}

/** Authors and repliers follow a thread, unless they chose not to before. */
export async function followUnlessDeclined(db: Db, threadId: string, memberId: string) {
  await db
    .insert(threadReaders)
    .values({ threadId, memberId, following: true, lastReadAt: sql`now()` })
    .onConflictDoUpdate({
      target: [threadReaders.threadId, threadReaders.memberId],
      set: {
        following: sql`coalesce(${threadReaders.following}, true)`,
        lastReadAt: sql`now()`,
      },
    });
}

export async function setFollowing(db: Db, threadId: string, memberId: string, following: boolean) {
  await db
    .insert(threadReaders)
    .values({ threadId, memberId, following })
    .onConflictDoUpdate({
      target: [threadReaders.threadId, threadReaders.memberId],
      set: { following },
    });
}

export async function followerIds(db: Db, threadId: string): Promise<string[]> {
  const rows = await db
    .select({ memberId: threadReaders.memberId })
    .from(threadReaders)
    .where(and(eq(threadReaders.threadId, threadId), eq(threadReaders.following, true)));
  return rows.map((row) => row.memberId);
}

/** Of `memberIds`, the active members who may see the thread: the only ones to notify. */
export async function membersWhoCanSee(
  db: Db,
  threadId: string,
  memberIds: string[],
): Promise<string[]> {
  if (memberIds.length === 0) return [];
  // The ids as one array: a thread's followers, checked again every minute, may be thousands.
  const statement = prepared(db, 'threads.membersWhoCanSee', (name) =>
    db
      .select({ id: members.id })
      .from(members)
      .innerJoin(threads, eq(threads.id, sql.placeholder('threadId')))
      .where(
        and(
          sql`${members.id} = any(${uuidArray('members')})`,
          isNull(members.deactivatedAt),
          threadVisibleTo({ id: sql.raw('"members"."id"'), role: sql.raw('"members"."role"') }),
        ),
      )
      .prepare(name),
  );
  const rows = await statement.execute({
    threadId,
    members: uuidArrayValue([...new Set(memberIds)]),
  });
  return rows.map((row) => row.id);
}

/** Of these threads, those the viewer may see: one query, for re-checking open pages. */
export async function visibleAmong(db: Db, viewer: AccountMember, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: threads.id })
    .from(threads)
    .where(and(inArray(threads.id, ids), threadVisibleTo(viewer)));
  return new Set(rows.map((row) => row.id));
}

/** Signs an anonymous thread with its author's name, and their replies in it. */
export async function nameAuthor(db: Db, threadId: string, authorId: string) {
  const named = { anonymous: false, anonymousCohortId: null };
  await db.update(threads).set(named).where(eq(threads.id, threadId));
  await db
    .update(replies)
    .set(named)
    .where(and(eq(replies.threadId, threadId), eq(replies.authorId, authorId)));
}

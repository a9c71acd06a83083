import type { AccountMember } from '@praxis/contracts/members';
import type { ThreadKind } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { threads } from '@praxis/db/schema/threads';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { prepared } from '../../lib/prepared-statements.ts';
import { preparedViewer, threadsFor } from './threads.repository.ts';
import { threadAuthorShownTo, threadVisibleTo } from './threads.visibility.ts';

// The thread lists' page, apart from the other thread reads: its statement has a variant per
// view, filter, cursor and role.

export interface ThreadFilters {
  view: 'latest' | 'unanswered' | 'stories';
  kind?: ThreadKind | undefined;
  tag?: string | undefined;
  cohort?: string | undefined;
  author?: string | undefined;
}

/** The keyset of the thread lists: pinned first (latest view only), then latest activity. */
export interface ThreadPosition {
  pinned: number;
  at: string;
  id: string;
}

const pinnedRank = (filters: ThreadFilters) =>
  // A constant for the other views; an expression, not a bare 0, which ORDER BY reads as a column.
  filters.view === 'latest'
    ? sql<number>`(${threads.pinnedAt} is not null)::int`
    : sql<number>`0::int`;

/**
 * A page of a thread list. Its text varies with the view, the filters given, whether it follows
 * a cursor and the viewer's role: each variant is prepared once, with the values as placeholders.
 */
export async function findPage(
  db: Db,
  member: AccountMember,
  filters: ThreadFilters,
  after: ThreadPosition | null,
  limit: number,
) {
  const given = (['kind', 'tag', 'cohort', 'author'] as const).filter((key) => filters[key]);
  const variant = ['thread_page', filters.view, ...given, ...(after ? ['after'] : [])].join('_');
  const { viewer, name } = preparedViewer(member, variant);
  const statement = prepared(db, name, (statementName) => {
    const pinned = pinnedRank(filters);
    const placeholder = sql.placeholder;
    const conditions: (SQL | undefined)[] = [threadVisibleTo(viewer)];
    if (filters.view === 'unanswered') {
      conditions.push(eq(threads.kind, 'question'), eq(threads.replyCount, 0));
    }
    if (filters.view === 'stories') conditions.push(inArray(threads.kind, ['success', 'failure']));
    if (filters.kind) conditions.push(eq(threads.kind, placeholder('kind')));
    if (filters.tag) conditions.push(sql`${placeholder('tag')} = any(${threads.tags})`);
    if (filters.cohort) conditions.push(eq(threads.cohortId, placeholder('cohort')));
    if (filters.author) {
      conditions.push(
        threadAuthorShownTo(sql`${threads.anonymous}`, sql`${threads.authorId}`, viewer.id),
        inArray(
          threads.authorId,
          db
            .select({ id: members.id })
            .from(members)
            .where(eq(sql`lower(${members.handle})`, placeholder('author'))),
        ),
      );
    }
    if (after) {
      conditions.push(
        sql`(${pinned}, ${threads.lastActivityAt}, ${threads.id}) < (${placeholder('afterPinned')}::int, ${placeholder('afterAt')}::timestamptz, ${placeholder('afterId')}::uuid)`,
      );
    }
    return threadsFor(db, viewer)
      .where(and(...conditions))
      .orderBy(desc(pinned), desc(threads.lastActivityAt), desc(threads.id))
      .limit(placeholder('limit'))
      .prepare(statementName);
  });
  const rows = await statement.execute({
    viewerId: member.id,
    limit: limit + 1,
    kind: filters.kind,
    tag: filters.tag,
    cohort: filters.cohort,
    author: filters.author,
    ...(after ? { afterPinned: after.pinned, afterAt: after.at, afterId: after.id } : {}),
  });
  // Spread last: see bench/README.md, "Object spread". A row has no `pinnedRank`.
  return rows.map((row) => ({
    pinnedRank: filters.view === 'latest' && row.pinnedAt ? 1 : 0,
    ...row,
  }));
}

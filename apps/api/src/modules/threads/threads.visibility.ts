import { ANONYMOUS_AUTHOR_ID, type AnonymousAs, type Author } from '@praxis/contracts/common';
import type { AccountMember, Role } from '@praxis/contracts/members';
import type { ThreadKind } from '@praxis/contracts/threads';
import { type SQL, sql } from 'drizzle-orm';
import { anyWordQuery } from '../../lib/full-text.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { isCohortMember } from '../cohorts/cohorts.visibility.ts';

/**
 * Who sees a thread, as one SQL condition over the `threads` table, so that lists, search,
 * direct reads, reply pages and notification recipients all apply the same rule:
 * organisers and admins see every thread; anyone else sees a network-wide thread or one of a
 * cohort they belong to, unless an organiser hid it (its author still sees it).
 *
 * The viewer is either a member or, to choose recipients among many members at once, SQL for
 * the id and role columns of a `members` row. Thread columns are spelled out qualified because
 * drizzle renders single-table columns unqualified, which inside the subquery would silently
 * name the membership table's own column.
 */
export function threadVisibleTo(viewer: ThreadViewer): SQL {
  const cohortId = sql.raw('"threads"."cohort_id"');
  const hiddenAt = sql.raw('"threads"."hidden_at"');
  const authorId = sql.raw('"threads"."author_id"');
  const seesEverything =
    typeof viewer.role === 'string'
      ? sql.raw(isOrganiser({ role: viewer.role }) ? 'true' : 'false')
      : sql`${viewer.role} in ('organiser', 'admin')`;
  const viewerId = typeof viewer.id === 'string' ? sql`${viewer.id}::uuid` : viewer.id;
  return sql`(${seesEverything} or ((${hiddenAt} is null or ${authorId} = ${viewerId}) and (${cohortId} is null or ${isCohortMember(cohortId, viewerId)})))`;
}

/**
 * A member, or SQL for a `members` row's id and role; or SQL for the id beside a known role, for
 * a prepared statement (one per role's variant of the rule, the id a placeholder).
 */
export type ThreadViewer =
  | Pick<AccountMember, 'id' | 'role'>
  | { id: SQL; role: SQL }
  | { id: SQL; role: Role };

/** The same rule for the thread whose id is given as SQL, for modules that hold a thread's id. */
export function threadIdVisibleTo(threadId: SQL, viewer: ThreadViewer): SQL {
  return sql`exists (select 1 from threads where "threads"."id" = ${threadId} and ${threadVisibleTo(viewer)})`;
}

/** A thread's title as a column (null when there is no such thread), for those that link to one. */
export function threadTitleOf(threadId: SQL) {
  return sql<string | null>`(select t.title from threads t where t.id = ${threadId})`;
}

/**
 * A thread the whole network sees (no cohort, not hidden), as its title and kind, each a column
 * that is null for any other thread: for pages everyone sees that link to one, such as a
 * meetup's agenda.
 */
export function networkThreadOf(threadId: SQL) {
  const open = sql`t.id = ${threadId} and t.cohort_id is null and t.hidden_at is null`;
  return {
    title: sql<string | null>`(select t.title from threads t where ${open})`,
    kind: sql<ThreadKind | null>`(select t.kind from threads t where ${open})`,
  };
}

/**
 * SQL selecting a question as others match against it (one row, none when there is no such
 * thread): its id, author_id, tags, and as `query` its words (title, tags and the start of
 * its body) as an "any word" full-text query.
 */
export function questionWords(threadId: SQL): SQL {
  const words = sql`t.title || ' ' || tags_to_text(t.tags) || ' ' || left(t.body_source, 2000)`;
  return sql`select t.id, t.author_id, t.tags, ${anyWordQuery(words)} as query
               from threads t where t.id = ${threadId}`;
}

/**
 * SQL selecting the accepted answers on the threads the viewer may see that match a full-text
 * query, except one thread: a row (member_id, rank) per answer, its author and how well its
 * thread matches. Only visible threads count, or a score built on it would tell of the others;
 * nor do anonymous answers, or an adviser's rank would tell what they wrote.
 */
export function acceptedAnswersMatching(
  query: SQL,
  exceptThreadId: SQL,
  viewer: AccountMember,
): SQL {
  return sql`select r.author_id as member_id, ts_rank("threads".search, ${query}) as rank
               from threads
               join replies r on r.id = "threads".accepted_reply_id and r.deleted_at is null
                and not r.anonymous
              where "threads".id <> ${exceptThreadId} and "threads".search @@ ${query}
                and ${threadVisibleTo(viewer)}`;
}

/** Who sees a reply whose id is given as SQL: its thread's rule, while the reply is not deleted. */
export function replyIdVisibleTo(replyId: SQL, viewer: AccountMember): SQL {
  return sql`exists (select 1 from replies r where r.id = ${replyId} and r.deleted_at is null
                and ${threadIdVisibleTo(sql`r.thread_id`, viewer)})`;
}

/**
 * Who sees a thread, as the ids of the cohorts that do (SQL for a uuid[]): null, the whole
 * network; a hidden thread, no one (an empty array), since a lesson must not carry what an
 * organiser took down. For lessons, whose audience may be no wider than their sources'.
 */
export function threadAudienceOf(threadId: SQL) {
  return sql<string[] | null>`(select case when t.hidden_at is not null then '{}'::uuid[]
      when t.cohort_id is null then null else array[t.cohort_id] end
    from threads t where t.id = ${threadId})`;
}

/**
 * SQL selecting what a lesson drawn from a thread reads of it (one row, none when there is no
 * such thread): its kind, title, author, cohort (and that cohort's programme), accepted reply,
 * language, tags, body, story and whether it is hidden, off the record or anonymous.
 */
export function threadAsLessonSource(threadId: SQL): SQL {
  return sql`select t.id, t.kind, t.title, t.author_id, t.cohort_id, c.programme_id,
      t.accepted_reply_id, t.language, t.tags, t.body_source, t.story_source,
      t.hidden_at is not null as hidden, t.off_record, t.anonymous
    from threads t left join cohorts c on c.id = t.cohort_id where t.id = ${threadId}`;
}

/**
 * SQL selecting what a lesson drawn from a reply reads of it (one row, none when there is no
 * such reply): its thread, author, body, whether it is deleted, whether it is the accepted
 * answer of its thread, whether it (or its thread) is off the record and whether it is anonymous.
 */
export function replyAsLessonSource(replyId: SQL): SQL {
  return sql`select r.id, r.thread_id, r.author_id, r.body_source, r.deleted_at is not null as deleted,
      coalesce(t.accepted_reply_id = r.id, false) as accepted, r.off_record or t.off_record as off_record,
      r.anonymous
    from replies r join threads t on t.id = r.thread_id where r.id = ${replyId}`;
}

/** A thread's kind as a column (null when there is no such thread), beside threadTitleOf. */
export function threadKindOf(threadId: SQL) {
  return sql<ThreadKind | null>`(select t.kind from threads t where t.id = ${threadId})`;
}

/** SQL: whether a thread was posted anonymously (false for a thread that is gone). */
export function threadIsAnonymous(threadId: SQL) {
  return sql<boolean>`coalesce((select t.anonymous from threads t where t.id = ${threadId}), false)`;
}

/** How a post was signed: anonymous or not, and as a member of which cohort (null: the network). */
export interface PostSignature {
  authorId: string;
  anonymous: boolean;
  anonymousCohortId: string | null;
  anonymousCohortName: string | null;
}

/** How an anonymous post names its author: a member of its cohort, or of the network. */
export function anonymousAs(post: PostSignature): AnonymousAs {
  return {
    cohort:
      post.anonymousCohortId && post.anonymousCohortName !== null
        ? { id: post.anonymousCohortId, name: post.anonymousCohortName }
        : null,
  };
}

/**
 * Who wrote a post, as this viewer may know it. The one rule for anonymous posts, wherever a
 * post names its author: the author sees themself (marked anonymous); everyone else, organisers
 * and admins too, sees only "a member of" a cohort or of the network, with the nil id. Organisers
 * learn more only through the audited reveal.
 */
export function authorSeenBy(viewer: { id: string }, author: Author, post: PostSignature): Author {
  if (!post.anonymous) return author;
  const anonymous = anonymousAs(post);
  if (viewer.id === post.authorId) return { ...author, anonymous };
  return maskedAuthor(anonymous);
}

/** The author's id as a live frame about the post may carry it: the nil id for an anonymous one. */
export function shownAuthorId(post: PostSignature): string {
  return post.anonymous ? ANONYMOUS_AUTHOR_ID : post.authorId;
}

/** The author of an anonymous post, as anyone but its author sees them. */
export function maskedAuthor(anonymous: AnonymousAs): Author {
  return { id: ANONYMOUS_AUTHOR_ID, handle: '', name: '', role: 'member', avatar: null, anonymous };
}

/**
 * SQL, given a post's `anonymous` and `author_id` columns: true when the post names its author to
 * this viewer (a named post, or the viewer's own). For lists that filter or count by author.
 */
export function threadAuthorShownTo(anonymous: SQL, authorId: SQL, viewerId: string | SQL): SQL {
  const viewer = typeof viewerId === 'string' ? sql`${viewerId}::uuid` : viewerId;
  return sql`(not ${anonymous} or ${authorId} = ${viewer})`;
}

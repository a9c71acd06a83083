import { type SQL, sql } from 'drizzle-orm';

// What the outcomes dashboard reads of the threads module's tables, as SQL fragments over a
// period [from, to) given as timestamptz SQL. `inScope(memberId)` narrows the authors to the
// members counted; moderated (hidden) threads are left out of every figure.

/** Who the figures are about: SQL that is true for the members counted, given a member id. */
export type InScope = (memberId: SQL) => SQL;

/**
 * SQL selecting the questions asked in the period: created_at; first_answer_at, when someone
 * other than the asker first replied (a deleted reply does not count); solved_at, when the reply
 * its asker accepted was written.
 */
export function questionsAsked(from: SQL, to: SQL, inScope: InScope): SQL {
  return sql`select t.created_at,
        (select min(r.created_at) from replies r
          where r.thread_id = t.id and r.author_id <> t.author_id and r.deleted_at is null)
          as first_answer_at,
        (select r.created_at from replies r where r.id = t.accepted_reply_id) as solved_at
      from threads t
     where t.kind = 'question' and t.hidden_at is null
       and t.created_at >= ${from} and t.created_at < ${to}
       and ${inScope(sql`t.author_id`)}`;
}

/** SQL selecting the stories shared in the period: created_at and kind (success or failure). */
export function storiesShared(from: SQL, to: SQL, inScope: InScope): SQL {
  return sql`select t.created_at, t.kind::text as kind
      from threads t
     where t.kind in ('success', 'failure') and t.hidden_at is null
       and t.created_at >= ${from} and t.created_at < ${to}
       and ${inScope(sql`t.author_id`)}`;
}

/** Whether a member replied on a thread at or after a moment, each given as SQL. */
export function repliedOnSince(threadId: SQL, memberId: SQL, since: SQL): SQL {
  return sql`exists (select 1 from replies r
      where r.thread_id = ${threadId} and r.author_id = ${memberId}
        and r.deleted_at is null and r.created_at >= ${since})`;
}

/**
 * SQL selecting (member_id, at) for everything a member did on threads in [from, to): started a
 * thread, replied, or marked a post helpful. Each part walks an index on its time.
 */
export function threadActivity(from: SQL, to: SQL): SQL {
  return sql`select t.author_id as member_id, t.created_at as at from threads t
      where t.created_at >= ${from} and t.created_at < ${to}
    union all
    select r.author_id, r.created_at from replies r
      where r.created_at >= ${from} and r.created_at < ${to}
    union all
    select h.member_id, h.created_at from helpful_marks h
      where h.created_at >= ${from} and h.created_at < ${to}`;
}

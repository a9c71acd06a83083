import { type SQL, sql } from 'drizzle-orm';
import { repliedOnSince } from '../threads/outcomes.service.ts';

/**
 * SQL selecting the advice requests made in the period [from, to) by the members `inScope`
 * selects, for the outcomes dashboard: created_at, and answered (the member asked replied on the
 * question at or after being asked).
 */
export function adviceRequested(from: SQL, to: SQL, inScope: (memberId: SQL) => SQL): SQL {
  return sql`select a.created_at,
        ${repliedOnSince(sql`a.thread_id`, sql`a.member_id`, sql`a.created_at`)} as answered
      from advice_requests a
     where a.created_at >= ${from} and a.created_at < ${to}
       and ${inScope(sql`a.asked_by_id`)}`;
}

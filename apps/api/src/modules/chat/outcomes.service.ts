import { type SQL, sql } from 'drizzle-orm';

/**
 * SQL selecting (member_id, at) for what members said in chat in [from, to), for the outcomes
 * dashboard's active members: a message sent or a reaction given.
 */
export function chatActivity(from: SQL, to: SQL): SQL {
  return sql`select m.author_id as member_id, m.created_at as at from messages m
      where m.created_at >= ${from} and m.created_at < ${to}
    union all
    select x.member_id, x.created_at from message_reactions x
      where x.created_at >= ${from} and x.created_at < ${to}`;
}

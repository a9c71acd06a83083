import type { Db } from '@praxis/db/client';
import { outboxEmails } from '@praxis/db/schema/outbox';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Position } from '../../pagination.ts';

export async function listOutbox(db: Db, after: Position | null, limit: number) {
  return db
    .select()
    .from(outboxEmails)
    .where(
      after
        ? or(
            lt(outboxEmails.createdAt, after.createdAt),
            and(eq(outboxEmails.createdAt, after.createdAt), lt(outboxEmails.id, after.id)),
          )
        : undefined,
    )
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(limit + 1);
}

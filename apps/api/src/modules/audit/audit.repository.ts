import type { Db } from '@praxis/db/client';
import { auditEntries } from '@praxis/db/schema/audit';
import { members } from '@praxis/db/schema/members';
import { and, asc, desc, eq, gte, isNotNull, lt, or, type SQL } from 'drizzle-orm';
import type { Position } from '../../pagination.ts';

export type AuditEntryInput = typeof auditEntries.$inferInsert;

export async function insertEntries(tx: Db, entries: AuditEntryInput[]) {
  if (entries.length > 0) await tx.insert(auditEntries).values(entries);
}

/** What the log's reader narrows it to; every field optional. */
export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function conditions(filter: AuditFilter, after: Position | null): SQL | undefined {
  const { action, actorId, targetType, targetId, from, to } = filter;
  return and(
    action ? eq(auditEntries.action, action) : undefined,
    actorId ? eq(auditEntries.actorId, actorId) : undefined,
    targetType ? eq(auditEntries.targetType, targetType) : undefined,
    targetId ? eq(auditEntries.targetId, targetId) : undefined,
    from ? gte(auditEntries.at, from) : undefined,
    to ? lt(auditEntries.at, to) : undefined,
    after
      ? or(
          lt(auditEntries.at, after.createdAt),
          and(eq(auditEntries.at, after.createdAt), lt(auditEntries.id, after.id)),
        )
      : undefined,
  );
}

/**
 * Entries newest first, `limit + 1` of them after the keyset position, each with its actor's
 * current name and handle when the account still exists.
 */
export async function listEntries(
  db: Db,
  filter: AuditFilter,
  after: Position | null,
  limit: number,
) {
  const rows = await db
    .select({
      id: auditEntries.id,
      at: auditEntries.at,
      actorId: auditEntries.actorId,
      actorName: auditEntries.actorName,
      actorCurrentName: members.name,
      actorHandle: members.handle,
      action: auditEntries.action,
      targetType: auditEntries.targetType,
      targetId: auditEntries.targetId,
      targetLabel: auditEntries.targetLabel,
      reason: auditEntries.reason,
      details: auditEntries.details,
    })
    .from(auditEntries)
    .leftJoin(members, eq(members.id, auditEntries.actorId))
    .where(conditions(filter, after))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(limit + 1);
  // Spread last: see bench/README.md, "Object spread".
  return rows.map((row) => ({ createdAt: row.at, ...row }));
}

export type AuditRow = Awaited<ReturnType<typeof listEntries>>[number];

/** Whoever acted in at least one entry, by name; at most `limit` of them. */
export async function actors(db: Db, limit: number) {
  const acted = db
    .selectDistinct({ id: auditEntries.actorId })
    .from(auditEntries)
    .where(isNotNull(auditEntries.actorId))
    .as('acted');
  return db
    .select({ id: members.id, name: members.name })
    .from(acted)
    .innerJoin(members, eq(members.id, acted.id))
    .orderBy(asc(members.name), asc(members.id))
    .limit(limit);
}

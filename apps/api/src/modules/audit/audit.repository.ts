import type { Db } from '@praxis/db/client';
import { auditEntries } from '@praxis/db/schema/audit';

export type AuditEntryInput = typeof auditEntries.$inferInsert;

export async function insertEntries(tx: Db, entries: AuditEntryInput[]) {
  if (entries.length > 0) await tx.insert(auditEntries).values(entries);
}

import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { members } from './members.ts';

/**
 * What organisers and admins did, for whoever has to answer for it later: one row per
 * moderation or administrative action. The audit module owns it; other modules write to it
 * only through that module's `recordAudit`, inside the transaction that made the change, so
 * an action and its entry commit or roll back together. No route updates or deletes a row.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    // Null once the actor's account is erased; `actorName` keeps who it was at the time.
    actorId: uuid().references(() => members.id, { onDelete: 'set null' }),
    actorName: text().notNull(),
    /** A stable name such as `thread.hidden` or `member.role_changed`. */
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text(),
    /** What the target was called when the action happened (a title, a name). */
    targetLabel: text(),
    reason: text(),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (table) => [
    index('audit_entries_at_idx').on(table.at.desc(), table.id.desc()),
    index('audit_entries_action_at_idx').on(table.action, table.at.desc()),
    index('audit_entries_actor_at_idx').on(table.actorId, table.at.desc()),
  ],
);

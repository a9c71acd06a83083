import type {
  AuditActionName,
  AuditActors,
  AuditEntry,
  AuditFilters,
  AuditPage,
  AuditTargetType,
} from '@praxis/contracts/audit';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { translator } from '@praxis/i18n/translate';
import { AppError } from '../../app-error.ts';
import { asciiFileName } from '../../file-names.ts';
import { decodeCursor, pageOf } from '../../pagination.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import * as repository from './audit.repository.ts';

/** Who acted: a member, or the network itself (a retention job) with `id: null`. */
export interface AuditActor {
  id: string | null;
  name: string;
}

export interface AuditAction {
  /** A stable dotted name from the contracts' AUDIT_ACTIONS: `thread.hidden`, `member.role_changed`. */
  action: AuditActionName;
  target: { type: AuditTargetType; id?: string | null; label?: string | null };
  reason?: string | null | undefined;
  details?: Record<string, unknown>;
}

/**
 * Records what an organiser or admin did. Call it with the transaction that makes the change,
 * so that the action and its entry commit or roll back together.
 */
export async function recordAudit(tx: Db, actor: AuditActor, ...actions: AuditAction[]) {
  await repository.insertEntries(
    tx,
    actions.map(({ action, target, reason, details }) => ({
      actorId: actor.id,
      actorName: actor.name,
      action,
      targetType: target.type,
      targetId: target.id ?? null,
      targetLabel: target.label ?? null,
      reason: reason ?? null,
      details: details ?? null,
    })),
  );
}

/** The most rows one CSV holds: past it, the reader is asked to narrow the filters. */
export const CSV_MAX_ROWS = 50_000;
/** How many people the "who" filter offers at most. */
const ACTORS_MAX = 200;

/** Reading the log: organisers and admins only; no function here changes an entry. */
export function createAuditService(db: Db) {
  const refuse = (reader: AccountMember) =>
    requireOrganiser(reader, msg('errors.audit.onlyOrganisersRead'));

  return {
    async page(
      reader: AccountMember,
      filters: AuditFilters,
      cursor: string | undefined,
      limit: number,
    ): Promise<AuditPage> {
      refuse(reader);
      const rows = await repository.listEntries(db, toFilter(filters), decodeCursor(cursor), limit);
      const { page, nextCursor } = pageOf(rows, limit);
      return { entries: page.map(toEntry), nextCursor };
    },

    async actors(reader: AccountMember): Promise<AuditActors> {
      refuse(reader);
      return { actors: await repository.actors(db, ACTORS_MAX) };
    },

    /** The entries the filters select as a spreadsheet, in the reader's language. */
    async csv(reader: AccountMember, filters: AuditFilters, locale: Locale) {
      refuse(reader);
      const rows = await repository.listEntries(db, toFilter(filters), null, CSV_MAX_ROWS);
      if (rows.length > CSV_MAX_ROWS) {
        throw new AppError('invalid', msg('errors.audit.csvTooLarge', { max: CSV_MAX_ROWS }));
      }
      const t = translator(locale);
      const lines = [
        [
          t('exports.audit.at'),
          t('exports.audit.actor'),
          t('exports.audit.action'),
          t('exports.audit.targetType'),
          t('exports.audit.targetId'),
          t('exports.audit.target'),
          t('exports.audit.reason'),
          t('exports.audit.details'),
        ],
        ...rows.map((row) => {
          const entry = toEntry(row);
          return [
            entry.at,
            entry.actor.name || t('exports.audit.formerMember'),
            entry.action,
            entry.target.type,
            entry.target.id ?? '',
            entry.target.label ?? '',
            entry.reason ?? '',
            entry.details ? JSON.stringify(entry.details) : '',
          ];
        }),
      ];
      const day = new Date().toISOString().slice(0, 10);
      return {
        filename: `${asciiFileName(t('exports.audit.file'), 'audit-log')}-${day}.csv`,
        csv: toCsv(lines),
      };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;

function toFilter(filters: AuditFilters): repository.AuditFilter {
  return {
    action: filters.action,
    actorId: filters.actor,
    targetType: filters.targetType,
    targetId: filters.targetId,
    from: filters.from ? new Date(filters.from) : undefined,
    to: filters.to ? new Date(filters.to) : undefined,
  };
}

function toEntry(row: repository.AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: {
      id: row.actorId,
      handle: row.actorHandle,
      // The name they have now; once the account is gone, the one they had then.
      name: row.actorCurrentName ?? row.actorName,
    },
    action: row.action,
    target: { type: row.targetType, id: row.targetId, label: row.targetLabel },
    reason: row.reason,
    details: row.details,
  };
}

/** Excel reads a file without it as the system's code page ("Delić" becomes "DeliÄ‡"). */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * RFC 4180 CSV (quoted cells, CRLF rows) after a byte-order mark. A cell a spreadsheet would
 * read as a formula (=, +, -, @ first) gets a leading apostrophe, so no reason, name or title
 * typed by someone can run as one in the organiser's spreadsheet.
 */
export function toCsv(lines: string[][]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${safe.replaceAll('"', '""')}"`;
  };
  return `${BYTE_ORDER_MARK}${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

import type { AccountDeletion, DataExport, ErasureMode } from '@praxis/contracts/data-rights';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import type { MemberDataArea } from '../../plugins/member-data.ts';
import type { Throttle } from '../../plugins/throttle.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { passwordMatches } from '../auth/auth.service.ts';
import { markDeleted } from '../members/members.member-data.ts';
import { createMemberService } from '../members/members.service.ts';
import * as repository from './data-rights.repository.ts';

export const DATA_EXPORT_JOB = 'member_data_export';
export const DATA_EXPORT_MAIL_JOB = 'member_data_export_mail';
export const ERASURE_JOB = 'member_erasure';
const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a ready export can be downloaded before its zip is deleted. */
export const EXPORT_LIFETIME_MS = 7 * DAY_MS;
/**
 * The export job's retries (30 s, 2 min, 10 min) are over well within this: an export still being
 * prepared after it has failed for good, and the member may ask again.
 */
export const EXPORT_RETRY_DELAYS_SECONDS = [30, 120, 600] as const;
const EXPORT_GIVEN_UP_MS = 60 * 60 * 1000;
/** How long a deleted account's data is kept before the hard delete. */
export const ERASURE_GRACE_MS = 30 * DAY_MS;

export interface DataRightsDeps {
  db: Db;
  throttle: Throttle;
  areas(): readonly MemberDataArea[];
  endAllSessions(memberId: string): Promise<void>;
  kickJobs(): void;
}

function givenUp(row: repository.ExportRow, now: Date) {
  return (
    row.status === 'preparing' && now.getTime() - row.requestedAt.getTime() > EXPORT_GIVEN_UP_MS
  );
}

export function toDataExport(row: repository.ExportRow, now = new Date()): DataExport {
  return {
    id: row.id,
    status: givenUp(row, now) ? 'failed' : row.status,
    requestedAt: row.requestedAt.toISOString(),
    readyAt: row.readyAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    byteSize: row.byteSize,
  };
}

const EXPORT_GONE = msg('dataRights.errors.exportGone');

export function createDataRightsService(deps: DataRightsDeps) {
  const { db } = deps;
  const members = createMemberService(db);

  async function startExport(memberId: string, requestedById: string | null) {
    const latest = await repository.latestExport(db, memberId);
    // One at a time: asking again while one is being prepared gives that one.
    if (latest?.status === 'preparing' && !givenUp(latest, new Date())) return latest;
    // Each zip holds every file the member uploaded: a few an hour is plenty.
    await deps.throttle.hit([
      {
        key: `data-export:${memberId}`,
        limit: 3,
        windowSeconds: 60 * 60,
        message: 'dataRights.errors.tooManyExports',
      },
    ]);
    const row = await db.transaction(async (tx) => {
      // A new copy replaces the last one: one zip per member is kept at most.
      await repository.expireExportsOf(tx, memberId);
      const row = await repository.insertExport(tx, memberId, requestedById);
      await enqueue(tx, { kind: DATA_EXPORT_JOB, payload: { exportId: row.id } });
      return row;
    });
    deps.kickJobs();
    return row;
  }

  async function deleteAccount(
    target: { id: string; name: string },
    mode: ErasureMode,
    audit: { actor: AccountMember; reason: string | null } | null,
    now = new Date(),
  ): Promise<AccountDeletion> {
    const erasesAt = new Date(now.getTime() + ERASURE_GRACE_MS);
    await db.transaction(async (tx) => {
      if (!(await markDeleted(tx, target.id, now))) {
        throw new AppError('conflict', msg('dataRights.errors.alreadyDeleted'));
      }
      for (const area of deps.areas()) await area.withdraw?.(tx, target.id, mode);
      await enqueue(tx, {
        kind: ERASURE_JOB,
        key: `${ERASURE_JOB}:${target.id}`,
        payload: { memberId: target.id, mode },
        runAt: erasesAt,
      });
      if (audit) {
        await recordAudit(tx, audit.actor, {
          action: 'member.erased',
          target: { type: 'member', id: target.id, label: target.name },
          reason: audit.reason,
          details: { mode, erasesAt: erasesAt.toISOString() },
        });
      }
    });
    // Their sessions are gone already; this closes their open connections too.
    await deps.endAllSessions(target.id);
    return { erasesAt: erasesAt.toISOString() };
  }

  /** The member a handle names, for an admin acting on their account. */
  async function memberForAdmin(admin: AccountMember, handle: string) {
    if (admin.role !== 'admin') {
      throw new AppError('forbidden', msg('dataRights.errors.onlyAdmins'));
    }
    const member = await members.profile(admin, handle);
    if (member.id === admin.id) {
      throw new AppError('forbidden', msg('dataRights.errors.useYourOwnPage'));
    }
    return member;
  }

  return {
    async latestExport(viewer: AccountMember, now = new Date()) {
      await repository.expireExports(db, now);
      const row = await repository.latestExport(db, viewer.id);
      return { latest: row ? toDataExport(row, now) : null };
    },

    async requestExport(viewer: AccountMember): Promise<DataExport> {
      return toDataExport(await startExport(viewer.id, null));
    },

    /** An admin asks for a member's export; the link is mailed to the member, for them alone. */
    async requestExportFor(admin: AccountMember, handle: string): Promise<DataExport> {
      const member = await memberForAdmin(admin, handle);
      const row = await startExport(member.id, admin.id);
      await recordAudit(db, admin, {
        action: 'member.data_exported',
        target: { type: 'member', id: member.id, label: member.name },
      });
      return toDataExport(row);
    },

    /** The zip, for the member it is about and no one else: to anyone else it does not exist. */
    async download(viewer: AccountMember, id: string, now = new Date()) {
      const content = await repository.readyContent(db, id, viewer.id, now);
      if (!content) throw new AppError('not_found', EXPORT_GONE);
      return content;
    },

    async deleteOwnAccount(viewer: AccountMember, mode: ErasureMode, password: string) {
      await deps.throttle.hit([
        {
          key: `account-deletion:${viewer.id}`,
          limit: 10,
          windowSeconds: 15 * 60,
          message: 'dataRights.errors.tooManyDeletionAttempts',
        },
      ]);
      if (!(await passwordMatches(db, viewer.id, password))) {
        throw new AppError('invalid', msg('dataRights.errors.wrongPassword'), {
          fields: { password: msg('dataRights.errors.wrongPasswordField') },
        });
      }
      return deleteAccount(viewer, mode, null);
    },

    async deleteMember(
      admin: AccountMember,
      handle: string,
      mode: ErasureMode,
      reason: string | undefined,
    ) {
      const member = await memberForAdmin(admin, handle);
      return deleteAccount(member, mode, { actor: admin, reason: reason ?? null });
    },
  };
}

export type DataRightsService = ReturnType<typeof createDataRightsService>;

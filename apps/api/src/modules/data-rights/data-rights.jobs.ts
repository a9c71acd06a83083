import type { ErasureMode } from '@praxis/contracts/data-rights';
import type { Db } from '@praxis/db/client';
import type { FastifyPluginAsync } from 'fastify';
import { strToU8, type Zippable, zipSync } from 'fflate';
import { enqueue } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import type { MemberDataArea } from '../../plugins/member-data.ts';
import * as repository from './data-rights.repository.ts';
import {
  DATA_EXPORT_JOB,
  DATA_EXPORT_MAIL_JOB,
  ERASURE_JOB,
  EXPORT_LIFETIME_MS,
  EXPORT_RETRY_DELAYS_SECONDS,
} from './data-rights.service.ts';
import { exportReadyEmail } from './data-rights.templates.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The zip of everything the areas hold about a member: one JSON file per area (its tables' rows),
 * and beside it the area's files in a folder of its name. Pictures and PDFs are stored as they
 * are: they are compressed already.
 */
export async function exportZip(
  db: Db,
  areas: readonly MemberDataArea[],
  memberId: string,
): Promise<Buffer> {
  const entries: Zippable = {};
  for (const area of areas) {
    const { tables, files = [] } = await area.export(db, memberId);
    entries[`${area.name}.json`] = strToU8(JSON.stringify(tables, null, 2));
    for (const file of files) {
      const content = typeof file.content === 'string' ? strToU8(file.content) : file.content;
      entries[`${area.name}/${file.path}`] = [content, { level: 0 }];
    }
  }
  return Buffer.from(zipSync(entries, { level: 6 }));
}

export const dataRightsJobs: FastifyPluginAsync<{ publicOrigin: string }> = async (
  app,
  { publicOrigin },
) => {
  const areas = () => app.memberData.areas();

  app.jobs.register(
    DATA_EXPORT_JOB,
    async (tx, job: Job, now) => {
      const { exportId } = job.payload;
      if (!exportId) throw new Error('member_data_export without its export');
      const row = await repository.findExport(tx, exportId);
      if (row?.status !== 'preparing') return;
      const zip = await exportZip(tx, areas(), row.memberId);
      await repository.storeContent(
        tx,
        row.id,
        zip,
        now,
        new Date(now.getTime() + EXPORT_LIFETIME_MS),
      );
      await enqueue(tx, { kind: DATA_EXPORT_MAIL_JOB, payload: { exportId } });
    },
    { retryDelaysSeconds: EXPORT_RETRY_DELAYS_SECONDS },
  );

  app.jobs.register(
    DATA_EXPORT_MAIL_JOB,
    async (db, job: Job) => {
      const { exportId } = job.payload;
      if (!exportId) throw new Error('member_data_export_mail without its export');
      const row = await repository.findExport(db, exportId);
      if (row?.status !== 'ready' || !row.expiresAt) return;
      const member = await repository.recipientOf(db, row.memberId);
      if (!member || member.deletedAt) return;
      await app.mailer.send(
        await exportReadyEmail({
          to: member.email,
          name: member.name,
          url: `${publicOrigin}/account/data`,
          expiresAt: row.expiresAt,
          locale: app.locales.forMember(member.locale),
        }),
      );
    },
    { transaction: false },
  );

  // Every area in one transaction: the hard delete happens whole or not at all, and is tried
  // again if any part fails.
  app.jobs.register(ERASURE_JOB, async (tx, job: Job) => {
    const { memberId, mode } = job.payload;
    if (!memberId || (mode !== 'keep_posts' && mode !== 'erase_posts')) {
      throw new Error('member_erasure without its member or mode');
    }
    for (const area of areas()) await area.erase(tx, memberId, mode as ErasureMode);
  });

  app.jobs.every('delete expired data exports', HOUR_MS, (db, now) =>
    repository.expireExports(db, now),
  );
};

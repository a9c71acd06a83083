import { attachmentQuotas, attachments } from '@praxis/db/schema/attachments';
import { and, eq, isNull } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/**
 * Every file the member uploaded, in the export as files beside their details. An erasure deletes
 * the uploads not attached to anything; files of posts go with their posts (their owner module
 * deletes them), and those of kept posts stay with them.
 */
export const attachmentsMemberData: MemberDataArea = {
  name: 'files',
  columns: ['attachments.uploader_id', 'attachment_quotas.member_id'],
  keeps: ['attachments.uploader_id'],
  async export(db, memberId) {
    const tables = await rowsNaming(db, memberId, [
      [attachments, attachments.uploaderId],
      [attachmentQuotas, attachmentQuotas.memberId],
    ]);
    const files = await db
      .select({ id: attachments.id, fileName: attachments.fileName, content: attachments.content })
      .from(attachments)
      .where(eq(attachments.uploaderId, memberId));
    return {
      tables,
      files: files.map((file) => ({
        path: `${file.id}-${file.fileName.replace(/[/\\]/g, '_')}`,
        content: file.content,
      })),
    };
  },
  async erase(tx, memberId) {
    await tx
      .delete(attachments)
      .where(and(eq(attachments.uploaderId, memberId), isNull(attachments.ownerKind)));
    await tx.delete(attachmentQuotas).where(eq(attachmentQuotas.memberId, memberId));
  },
};

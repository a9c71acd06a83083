import {
  Attachment,
  AttachmentBytes,
  AttachmentParams,
  AttachmentUpload,
  AttachmentUploadQuery,
  MAX_ATTACHMENT_BYTES,
} from '@praxis/contracts/attachments';
import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { notAccepted } from './attachment-files.service.ts';
import { attachmentTooLarge, createAttachmentService } from './attachments.service.ts';

/**
 * Whether the viewer may still see a file can change at any moment (a post deleted, a member
 * leaving a cohort): the browser may keep the bytes but asks every time, and gets a 304 only
 * after the check passed.
 */
const REVALIDATE = 'private, no-cache';

/** RFC 6266 / 5987: an ASCII fallback for old clients and the exact name for the others. */
function disposition(type: 'inline' | 'attachment', fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const attachments = createAttachmentService(app.db);
  const tags = ['attachments'];

  // Any declared type is read as bytes: what the file is, the service finds out from its content.
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.post(
    '/api/attachments',
    {
      bodyLimit: MAX_ATTACHMENT_BYTES,
      schema: {
        operationId: 'uploadAttachment',
        tags,
        summary:
          'Upload a picture (JPEG, PNG, WebP) or PDF of at most 10 MB, sent as the body; it is yours until attached to a post or message, for a day',
        querystring: AttachmentUploadQuery,
        body: AttachmentUpload,
        response: { 201: Attachment, ...errorResponses(400, 401, 403, 413, 429) },
      },
      errorHandler: (error: FastifyError) => {
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw attachmentTooLarge();
        if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw notAccepted();
        throw error;
      },
    },
    async (request, reply) => {
      const attachment = await attachments.upload(requireMember(request), {
        bytes: request.body,
        fileName: request.query.name,
        declaredType: request.headers['content-type'],
      });
      return reply.code(201).send(attachment);
    },
  );

  const serve = async (
    reply: FastifyReply,
    etag: string,
    ifNoneMatch: string | undefined,
    file: { bytes: Buffer; mediaType: string; kind: 'image' | 'pdf'; fileName: string },
    variant: 'file' | 'thumbnail',
  ) => {
    reply
      .header('cache-control', REVALIDATE)
      .header('etag', etag)
      .header('x-content-type-options', 'nosniff')
      // Opened on its own, a file runs nothing and loads nothing, whatever it holds.
      .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox");
    if (ifNoneMatch === etag) return reply.code(304).send(null);
    const pdf = file.kind === 'pdf' && variant === 'file';
    reply.header('content-disposition', disposition(pdf ? 'attachment' : 'inline', file.fileName));
    return reply.type(variant === 'thumbnail' ? 'image/webp' : file.mediaType).send(file.bytes);
  };

  const fileResponses = {
    200: {
      description: 'The file as the server stored it (pictures re-encoded, without metadata)',
      content: {
        'image/jpeg': { schema: AttachmentBytes },
        'image/png': { schema: AttachmentBytes },
        'image/webp': { schema: AttachmentBytes },
        'application/pdf': { schema: AttachmentBytes },
      },
    },
    304: AttachmentBytes.describe('The browser already has this file'),
    ...errorResponses(400, 401, 404),
  };

  app.get(
    '/api/attachments/:attachmentId',
    {
      schema: {
        operationId: 'getAttachment',
        tags,
        summary:
          'An attached file, to whoever may see what it belongs to; a PDF comes as a download',
        params: AttachmentParams,
        response: fileResponses,
      },
    },
    async (request, reply) => {
      const { attachmentId } = request.params;
      const file = await attachments.bytes(requireMember(request), attachmentId, 'file');
      return serve(reply, `"${attachmentId}"`, request.headers['if-none-match'], file, 'file');
    },
  );

  app.get(
    '/api/attachments/:attachmentId/thumbnail',
    {
      schema: {
        operationId: 'getAttachmentThumbnail',
        tags,
        summary: "A picture's thumbnail (WebP, at most 480 pixels wide), under the same rule",
        params: AttachmentParams,
        response: fileResponses,
      },
    },
    async (request, reply) => {
      const { attachmentId } = request.params;
      const file = await attachments.bytes(requireMember(request), attachmentId, 'thumbnail');
      const etag = `"${attachmentId}-thumbnail"`;
      return serve(reply, etag, request.headers['if-none-match'], file, 'thumbnail');
    },
  );
};

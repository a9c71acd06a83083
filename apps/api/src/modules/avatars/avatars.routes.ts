import {
  AvatarImage,
  AvatarParams,
  AvatarUpload,
  AvatarUploadResponse,
  MAX_AVATAR_BYTES,
} from '@praxis/contracts/profiles';
import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createAvatarService, notAPicture, pictureTooLarge } from './avatars.service.ts';

/** What a browser declares for a picture file; the service then checks what it really is. */
const PICTURE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];

/**
 * Version and size are in the URL, so what a URL serves never changes; but whether the viewer
 * may see it does (a member deactivated, a viewer signed out). The browser keeps the picture and
 * asks each time, answered by a 304 without the image, so a hidden picture stops showing at once.
 */
const REVALIDATE = 'private, no-cache';

export const avatarRoutes: FastifyPluginAsyncZod = async (app) => {
  const avatars = createAvatarService(app.db);
  const tags = ['members'];

  app.addContentTypeParser(PICTURE_TYPES, { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  app.put(
    '/api/profile/avatar',
    {
      bodyLimit: MAX_AVATAR_BYTES,
      schema: {
        operationId: 'uploadAvatar',
        tags,
        summary: 'Set your picture: a JPEG, PNG or WebP file of at most 5 MB, sent as the body',
        consumes: PICTURE_TYPES,
        body: AvatarUpload,
        response: { 200: AvatarUploadResponse, ...errorResponses(400, 401, 403, 413) },
      },
      // Fastify refuses these before the service sees the body; say so in words a person can act on.
      errorHandler: (error: FastifyError) => {
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw pictureTooLarge();
        if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw notAPicture();
        throw error;
      },
    },
    async (request) => avatars.upload(requireMember(request), request.body),
  );

  app.delete(
    '/api/profile/avatar',
    {
      schema: {
        operationId: 'deleteAvatar',
        tags,
        summary: 'Remove your picture',
        response: { 204: z.null(), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await avatars.remove(requireMember(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/avatars/:memberId/:version/:size',
    {
      schema: {
        operationId: 'getAvatar',
        tags,
        summary: "One size of a member's picture, as WebP; the URLs come with profiles and cards",
        params: AvatarParams,
        response: {
          200: {
            description: 'The picture, 64 × 64 (small) or 256 × 256 (large) pixels',
            content: { 'image/webp': { schema: AvatarImage } },
          },
          304: z.null().describe('The browser already has this picture'),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const image = await avatars.image(requireMember(request), request.params);
      const etag = `"${request.params.version}-${request.params.size}"`;
      reply.header('cache-control', REVALIDATE).header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return reply.type('image/webp').send(image);
    },
  );
};

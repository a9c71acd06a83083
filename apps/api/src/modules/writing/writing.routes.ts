import {
  MentionQuery,
  MentionSuggestions,
  PreviewBody,
  PreviewResponse,
} from '@praxis/contracts/writing';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createWritingService } from './writing.service.ts';

/**
 * The composer asks as the member types: a suggestion list after a debounce, a preview on each
 * switch to Preview. Both are bounded per member, beside the global ceiling.
 */
const MENTION_RATE_LIMIT = { max: 120, timeWindow: '1 minute' };
const PREVIEW_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

export const writingRoutes: FastifyPluginAsyncZod = async (app) => {
  const writing = createWritingService(app.db);
  const tags = ['writing'];

  app.get(
    '/api/mentions',
    {
      config: { rateLimit: MENTION_RATE_LIMIT },
      schema: {
        operationId: 'suggestMentions',
        tags,
        summary: 'Up to 8 members to @mention where you write, only those who can read it there',
        querystring: MentionQuery,
        response: { 200: MentionSuggestions, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => writing.mentionSuggestions(requireMember(request), request.query),
  );

  app.post(
    '/api/markdown/preview',
    {
      config: { rateLimit: PREVIEW_RATE_LIMIT },
      schema: {
        operationId: 'previewMarkdown',
        tags,
        summary: 'Markdown as it would be stored: the same cooking as posts and messages',
        body: PreviewBody,
        response: { 200: PreviewResponse, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      requireMember(request);
      return writing.preview(request.body.text);
    },
  );
};

import {
  EverythingQuery,
  EverythingResults,
  KindQuery,
  MeetupHits,
  MessageHits,
  PeopleHits,
  RoomSearchQuery,
  SearchPage,
  SearchQuery,
} from '@praxis/contracts/search';
import { SimilarQuery, SimilarThreads } from '@praxis/contracts/similar-threads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SEARCH_RATE_LIMIT } from '../../lib/full-text.ts';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createSearchService } from './search.service.ts';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const search = createSearchService(app.db);
  const tags = ['search'];

  app.get(
    '/api/search',
    {
      config: { rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        operationId: 'searchPosts',
        tags,
        summary: 'Search threads, stories and replies you can see, best match first',
        querystring: SearchQuery,
        response: { 200: SearchPage, ...errorResponses(400, 401, 429, 503) },
      },
    },
    async (request) => search.search(requireMember(request), request.query),
  );

  app.get(
    '/api/search/everything',
    {
      config: { rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        operationId: 'searchEverything',
        tags,
        summary: 'A few of the best people, threads, meetups and messages of your rooms',
        querystring: EverythingQuery,
        response: { 200: EverythingResults, ...errorResponses(400, 401, 429, 503) },
      },
    },
    async (request) => search.everything(requireMember(request), request.query),
  );

  app.get(
    '/api/search/people',
    {
      config: { rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        operationId: 'searchPeople',
        tags,
        summary: 'More of the people matching the words, from the cursor of a previous page',
        querystring: KindQuery,
        response: { 200: PeopleHits, ...errorResponses(400, 401, 429, 503) },
      },
    },
    async (request) => {
      requireMember(request);
      return search.people(request.query);
    },
  );

  app.get(
    '/api/search/meetups',
    {
      config: { rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        operationId: 'searchMeetups',
        tags,
        summary: 'More of the meetups you can see matching the words, from a previous cursor',
        querystring: KindQuery,
        response: { 200: MeetupHits, ...errorResponses(400, 401, 429, 503) },
      },
    },
    async (request) => search.meetups(requireMember(request), request.query),
  );

  app.get(
    '/api/search/messages',
    {
      config: { rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        operationId: 'searchMessages',
        tags,
        summary: 'Messages of your rooms (or of one of them), best match first, page by page',
        querystring: RoomSearchQuery,
        response: { 200: MessageHits, ...errorResponses(400, 401, 404, 429, 503) },
      },
    },
    async (request) => search.messages(requireMember(request), request.query),
  );

  app.get(
    '/api/threads/similar',
    {
      schema: {
        operationId: 'listSimilarThreads',
        tags,
        summary: 'Up to 5 threads like a title being written, to avoid asking twice',
        querystring: SimilarQuery,
        response: { 200: SimilarThreads, ...errorResponses(400, 401) },
      },
    },
    async (request) => search.similar(requireMember(request), request.query.title),
  );
};

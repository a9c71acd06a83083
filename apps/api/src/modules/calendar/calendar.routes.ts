import { CalendarFeed, CalendarTokenParams } from '@praxis/contracts/calendar';
import { MeetupParams } from '@praxis/contracts/meetups';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createCalendarService } from './calendar.service.ts';

const ICALENDAR = 'text/calendar; charset=utf-8';

export const calendarRoutes: FastifyPluginAsyncZod<{ publicOrigin: string }> = async (
  app,
  options,
) => {
  const calendar = createCalendarService(app.db, options.publicOrigin, (preference) =>
    app.locales.forMember(preference),
  );
  const tags = ['calendar'];

  app.get(
    '/api/meetups/:id/calendar.ics',
    {
      schema: {
        operationId: 'getMeetupCalendarFile',
        tags,
        summary: 'A meetup as an iCalendar file, once it has a date',
        params: MeetupParams,
        response: { 200: z.string(), ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const { filename, ics } = await calendar.meetupFile(
        requireMember(request),
        request.params.id,
        request.locale,
      );
      return reply
        .type(ICALENDAR)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'private, no-store')
        .send(ics);
    },
  );

  app.get(
    '/api/calendar-feed',
    {
      schema: {
        operationId: 'getCalendarFeed',
        tags,
        summary: 'Whether you have a personal calendar feed',
        response: { 200: CalendarFeed, ...errorResponses(401) },
      },
    },
    async (request) => calendar.feed(requireMember(request)),
  );

  app.post(
    '/api/calendar-feed',
    {
      schema: {
        operationId: 'renewCalendarFeed',
        tags,
        summary: 'Make a new secret feed URL; the previous one stops working',
        response: { 200: CalendarFeed, ...errorResponses(401) },
      },
    },
    async (request) => calendar.makeFeed(requireMember(request)),
  );

  app.delete(
    '/api/calendar-feed',
    {
      schema: {
        operationId: 'deleteCalendarFeed',
        tags,
        summary: 'Turn your calendar feed off; its URL stops working',
        response: { 200: CalendarFeed, ...errorResponses(401) },
      },
    },
    async (request) => calendar.revokeFeed(requireMember(request)),
  );

  // Calendar applications fetch this without a session: the token in the path is the credential.
  app.get(
    '/api/calendar/:token.ics',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'readCalendarFeed',
        tags,
        summary: 'Your meetups (going or maybe) as a calendar feed, by its secret URL',
        params: CalendarTokenParams,
        response: { 200: z.string(), ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const ics = await calendar.feedFile(request.params.token);
      return reply
        .type(ICALENDAR)
        .header('content-disposition', 'inline; filename="praxis-meetups.ics"')
        .header('cache-control', 'private, max-age=300')
        .send(ics);
    },
  );
};

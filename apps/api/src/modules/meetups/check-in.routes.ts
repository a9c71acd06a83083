import {
  CheckInCandidates,
  CheckInCandidatesQuery,
  CheckInLink,
  CheckInMemberParams,
  CheckInRoster,
  VenueCheckIn,
  VenueTokenParams,
} from '@praxis/contracts/meetup-check-ins';
import { MeetupParams } from '@praxis/contracts/meetups';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createCheckInService } from './check-in.service.ts';
import { createVenueCheckInService } from './venue-check-in.service.ts';

/** Attendance: the organisers' list and venue link, and members checking in at the venue. */
export const meetupCheckInRoutes: FastifyPluginAsyncZod<{ publicOrigin: string }> = async (
  app,
  options,
) => {
  const checkIns = createCheckInService(app.db, options.publicOrigin);
  const venue = createVenueCheckInService(app.db);
  const tags = ['meetups'];

  app.get(
    '/api/meetups/:id/check-ins',
    {
      schema: {
        operationId: 'listMeetupCheckIns',
        tags,
        summary: 'Who answered and who was there (organisers)',
        params: MeetupParams,
        response: { 200: CheckInRoster, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => checkIns.roster(requireMember(request), request.params.id),
  );

  app.put(
    '/api/meetups/:id/check-ins/:memberId',
    {
      schema: {
        operationId: 'markMeetupAttendance',
        tags,
        summary: 'Mark an invited member as present (organisers); marking twice changes nothing',
        params: CheckInMemberParams,
        response: { 200: CheckInRoster, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      checkIns.mark(requireMember(request), request.params.id, request.params.memberId),
  );

  app.delete(
    '/api/meetups/:id/check-ins/:memberId',
    {
      schema: {
        operationId: 'unmarkMeetupAttendance',
        tags,
        summary: 'Take a member off the list of those present (organisers)',
        params: CheckInMemberParams,
        response: { 200: CheckInRoster, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      checkIns.unmark(requireMember(request), request.params.id, request.params.memberId),
  );

  app.get(
    '/api/meetups/:id/check-in-candidates',
    {
      schema: {
        operationId: 'findCheckInCandidates',
        tags,
        summary: 'Invited members matching a name, not yet marked present (organisers)',
        params: MeetupParams,
        querystring: CheckInCandidatesQuery,
        response: { 200: CheckInCandidates, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      checkIns.candidates(requireMember(request), request.params.id, request.query.q),
  );

  app.get(
    '/api/meetups/:id/check-in-link',
    {
      schema: {
        operationId: 'getCheckInLink',
        tags,
        summary: "The venue's check-in link and when it works (organisers)",
        params: MeetupParams,
        response: { 200: CheckInLink, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => checkIns.link(requireMember(request), request.params.id),
  );

  app.post(
    '/api/meetups/:id/check-in-link',
    {
      schema: {
        operationId: 'replaceCheckInLink',
        tags,
        summary: 'Replace the check-in link: the old one and its QR code stop working (organisers)',
        params: MeetupParams,
        response: { 200: CheckInLink, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => checkIns.replaceLink(requireMember(request), request.params.id),
  );

  app.get(
    '/api/meetups/:id/check-in-link.svg',
    {
      schema: {
        operationId: 'getCheckInQrCode',
        tags,
        summary: 'The check-in link as a QR code, in SVG, to print or show at the venue',
        params: MeetupParams,
        response: { 200: z.string(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(await checkIns.qrCode(requireMember(request), request.params.id)),
  );

  app.get(
    '/api/check-in/:token',
    {
      schema: {
        operationId: 'getVenueCheckIn',
        tags,
        summary: 'The meetup a venue link is for, and whether you can check in now',
        params: VenueTokenParams,
        response: { 200: VenueCheckIn, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => venue.venue(requireMember(request), request.params.token),
  );

  app.post(
    '/api/check-in/:token',
    {
      schema: {
        operationId: 'checkInAtVenue',
        tags,
        summary: 'Check in at the meetup while it runs; a second time says you already are',
        params: VenueTokenParams,
        response: { 200: VenueCheckIn, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => venue.checkIn(requireMember(request), request.params.token),
  );
};

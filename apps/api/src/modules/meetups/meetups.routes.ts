import {
  AgendaDecisionBody,
  AgendaItemParams,
  AgendaOrderBody,
  AgendaProposalBody,
  CancelBody,
  MeetupDetail,
  MeetupListQuery,
  MeetupPage,
  MeetupParams,
  MeetupUpdateBody,
  NotesBody,
  ProposeMeetupBody,
  RsvpBody,
  SeriesParams,
} from '@praxis/contracts/meetups';
import { PickSlotBody, VoteBody } from '@praxis/contracts/meetups-poll';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createAttendanceService } from './attendance.service.ts';
import { listenToMeetupEvents } from './meetups.events.ts';
import { createMeetupService } from './meetups.service.ts';
import { createNotesService } from './notes.service.ts';
import { createSchedulingService } from './scheduling.service.ts';

export const meetupRoutes: FastifyPluginAsyncZod = async (app) => {
  const meetups = createMeetupService(app.db, app.jobs);
  const attendance = createAttendanceService(app.db, meetups);
  const scheduling = createSchedulingService(app.db, meetups);
  const notes = createNotesService(app.db, meetups);
  listenToMeetupEvents(app.realtime, app.db);
  const tags = ['meetups'];

  app.post(
    '/api/meetup-series/:id/meetups',
    {
      schema: {
        operationId: 'proposeMeetup',
        tags,
        summary: 'Propose a meetup with a date poll over 2 to 12 candidate dates',
        params: SeriesParams,
        body: ProposeMeetupBody,
        response: { 201: MeetupDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await scheduling.propose(requireMember(request), request.params.id, request.body)),
  );

  app.get(
    '/api/meetups',
    {
      schema: {
        operationId: 'listMeetups',
        tags,
        summary: 'Upcoming meetups and open polls, soonest first; or past ones, latest first',
        querystring: MeetupListQuery,
        response: { 200: MeetupPage, ...errorResponses(400, 401) },
      },
    },
    async (request) => meetups.list(requireMember(request), request.query),
  );

  app.get(
    '/api/meetups/:id',
    {
      schema: {
        operationId: 'getMeetup',
        tags,
        summary: 'A meetup: its poll, attendees and agenda',
        params: MeetupParams,
        response: { 200: MeetupDetail, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => meetups.detail(requireMember(request), request.params.id),
  );

  app.patch(
    '/api/meetups/:id',
    {
      schema: {
        operationId: 'updateMeetup',
        tags,
        summary: 'Change or move a meetup (its organisers); attendees are told of a move',
        params: MeetupParams,
        body: MeetupUpdateBody,
        response: { 200: MeetupDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => meetups.update(requireMember(request), request.params.id, request.body),
  );

  const action = <B extends z.ZodType>(
    method: 'PUT' | 'POST',
    path: string,
    operationId: string,
    summary: string,
    body: B,
    handle: (
      member: ReturnType<typeof requireMember>,
      id: string,
      input: z.output<B>,
    ) => Promise<z.output<typeof MeetupDetail>>,
  ) =>
    app.route({
      method,
      url: `/api/meetups/:id/${path}`,
      schema: {
        operationId,
        tags,
        summary,
        params: MeetupParams,
        body,
        response: { 200: MeetupDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
      handler: async (request) =>
        handle(
          requireMember(request),
          (request.params as { id: string }).id,
          request.body as z.output<B>,
        ),
    });

  action(
    'PUT',
    'votes',
    'voteOnMeetupDates',
    'Vote on the dates of an open poll; votes can change until it closes',
    VoteBody,
    (member, id, input) => scheduling.vote(member, id, input),
  );
  app.post(
    '/api/meetups/:id/poll-reminder',
    {
      schema: {
        operationId: 'remindMeetupPoll',
        tags,
        summary: 'Remind the invitees who have not voted (organisers; once a day)',
        params: MeetupParams,
        response: { 200: MeetupDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => scheduling.remind(requireMember(request), request.params.id),
  );
  action(
    'POST',
    'schedule',
    'scheduleMeetup',
    'Pick the date: the poll closes and invitees are told',
    PickSlotBody,
    (member, id, input) => scheduling.schedule(member, id, input.slotId),
  );
  action(
    'PUT',
    'rsvp',
    'rsvpToMeetup',
    'Say whether you come; "going" beyond capacity joins the waitlist',
    RsvpBody,
    (member, id, input) => attendance.rsvp(member, id, input.status),
  );
  action(
    'POST',
    'cancel',
    'cancelMeetup',
    'Cancel a meetup with a reason; attendees are told',
    CancelBody,
    (member, id, input) => scheduling.cancel(member, id, input.reason),
  );
  action(
    'PUT',
    'notes',
    'saveMeetupNotes',
    'Save the notes of a meetup (a draft for its organisers until it starts), and mark it done',
    NotesBody,
    (member, id, input) =>
      notes.save(
        member,
        id,
        input.notes,
        input.done,
        input.notesLanguage,
        input.attachmentIds,
        input.notesOffRecord,
      ),
  );
  action(
    'POST',
    'agenda',
    'proposeAgendaItem',
    'Propose a contribution to the agenda',
    AgendaProposalBody,
    (member, id, input) => attendance.propose(member, id, input),
  );
  action(
    'PUT',
    'agenda-order',
    'orderAgenda',
    'Order and time the accepted contributions',
    AgendaOrderBody,
    (member, id, input) => attendance.order(member, id, input),
  );

  app.put(
    '/api/meetups/:id/agenda/:itemId',
    {
      schema: {
        operationId: 'decideAgendaItem',
        tags,
        summary: 'Accept or decline a proposed contribution (organisers)',
        params: AgendaItemParams,
        body: AgendaDecisionBody,
        response: { 200: MeetupDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      attendance.decide(
        requireMember(request),
        request.params.id,
        request.params.itemId,
        request.body.status,
      ),
  );

  app.get(
    '/api/meetups/:id/attendees.csv',
    {
      schema: {
        operationId: 'exportMeetupAttendees',
        tags,
        summary: 'Who answered what, as CSV (organisers)',
        params: MeetupParams,
        response: { 200: z.string(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { filename, csv } = await attendance.attendeesCsv(
        requireMember(request),
        request.params.id,
        request.locale,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(csv);
    },
  );
};

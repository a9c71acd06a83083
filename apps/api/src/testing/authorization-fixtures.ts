import { createCohort, createMember } from '@praxis/db/testing/factories';
import sharp from 'sharp';
import { createChatService } from '../modules/chat/chat.service.ts';
import { sessionCookie, type TestApp } from './test-app.ts';

/** Who asks, in the order the authorization matrix asks them. */
export const CALLERS = [
  'anonymous',
  'member',
  'outsider',
  'organiser',
  'admin',
  'deactivated',
] as const;
export type Caller = (typeof CALLERS)[number];

/** Things only one cohort may see (its thread, meetup, room) and a member's picture. */
export interface Fixtures {
  cohortId: string;
  programmeId: string;
  threadId: string;
  replyId: string;
  seriesId: string;
  meetupId: string;
  slotId: string;
  roomId: string;
  messageId: string;
  agendaItemId: string;
  member: { id: string; handle: string };
  spare: { id: string; handle: string };
  avatar: string;
  picture: Buffer;
  /** A picture attached to the cohort thread's reply. */
  attachmentId: string;
  /** A track of the cohort's programme, and one that may be deleted. */
  trackId: string;
  spareTrackId: string;
  /** The member's cohort-only pilot, its update and its link to the cohort thread. */
  pilotId: string;
  pilotUpdateId: string;
  pilotLinkId: string;
  /** A network-wide pilot of the member's that may be deleted. */
  sparePilotId: string;
  /** The member's cohort-only story, a lesson drawn from it in review, its source, a draft. */
  storyId: string;
  lessonId: string;
  lessonSourceId: string;
  spareLessonId: string;
  /** A network-wide lesson of the member's, published: what the showcase may publish. */
  publicLessonId: string;
}

/** A placeholder id for path parameters no fixture fills, and a token of a valid shape. */
const uuid = '00000000-0000-4000-8000-000000000000';
export const TOKEN = 'A'.repeat(43);

export interface MatrixRequest {
  /** The whole path, for an operation whose parameters only the fixture knows together. */
  url?: string;
  path?: Record<string, string>;
  query?: string;
  body?: unknown;
  contentType?: string;
}

/** The members behind the callers, signed in, and the fixtures, built once per test file. */
export async function buildFixtures(t: TestApp) {
  let addresses = 0;
  async function signIn(overrides: Parameters<typeof createMember>[1] = {}) {
    const member = await createMember(t.database.db, overrides);
    addresses += 1;
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password: member.password },
      remoteAddress: `10.88.0.${addresses}`,
    });
    return { ...member, cookie: sessionCookie(response) };
  }
  async function post(url: string, cookie: string, payload: object) {
    const response = await t.request({ method: 'POST', url, cookie, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  }

  const member = await signIn();
  const outsider = await signIn();
  const organiser = await signIn({ role: 'organiser' });
  const admin = await signIn({ role: 'admin' });
  const deactivated = await signIn();
  const spare = await signIn();
  const cohort = await createCohort(t.database.db, { memberIds: [member.id, spare.id] });
  await createCohort(t.database.db, { memberIds: [outsider.id] });
  const cookies: Record<Caller, string | undefined> = {
    anonymous: undefined,
    member: member.cookie,
    outsider: outsider.cookie,
    organiser: organiser.cookie,
    admin: admin.cookie,
    deactivated: deactivated.cookie,
  };
  // Deactivated after signing in: the session they held must stop working.
  await post(`/api/members/${deactivated.handle}/deactivate`, admin.cookie, {});

  const thread = await post('/api/threads', member.cookie, {
    kind: 'question',
    title: 'Who has run a citizen panel on a budget?',
    body: 'Looking for advice.',
    cohortId: cohort.id,
  });
  const picture = await sharp({
    create: { width: 64, height: 64, channels: 3, background: '#336699' },
  })
    .png()
    .toBuffer();
  const attachment = await t.request({
    method: 'POST',
    url: '/api/attachments?name=panel.png',
    cookie: member.cookie,
    payload: picture,
    headers: { 'content-type': 'image/png' },
  });
  const reply = await post(`/api/threads/${thread.id}/replies`, member.cookie, {
    body: 'We did.',
    attachmentIds: [attachment.json().id],
  });
  const series = await post('/api/meetup-series', organiser.cookie, {
    name: 'Cohort exchange',
    cohortIds: [cohort.id],
  });
  const slot = (day: string) => ({
    startsAt: `2030-03-${day}T18:00`,
    endsAt: `2030-03-${day}T21:00`,
    timezone: 'Europe/Paris',
  });
  const meetup = await post(`/api/meetup-series/${series.id}/meetups`, organiser.cookie, {
    title: 'Spring exchange',
    slots: [slot('14'), slot('21')],
  });
  const rooms = await t.request({ method: 'GET', url: '/api/rooms', cookie: member.cookie });
  const room = (rooms.json().rooms as { id: string; cohortId: string | null }[]).find(
    (each) => each.cohortId === cohort.id,
  );
  const agenda = await post(`/api/meetups/${meetup.id}/agenda`, member.cookie, {
    title: 'Our lessons',
    kind: 'lesson',
    minutes: 10,
  });
  const programmeTracks = `/api/programmes/${cohort.programmeId}/tracks`;
  const track = await post(programmeTracks, organiser.cookie, { kind: 'training' });
  const spareTrack = await post(programmeTracks, organiser.cookie, {
    kind: 'other',
    name: 'Spare',
  });
  const pilot = await post('/api/pilots', member.cookie, {
    programmeId: cohort.programmeId,
    name: 'Cohort pilot',
    cohortId: cohort.id,
    visibility: 'cohort',
  });
  const sparePilot = await post('/api/pilots', member.cookie, {
    programmeId: cohort.programmeId,
    name: 'Spare pilot',
  });
  const pilotUpdate = await post(`/api/pilots/${pilot.id}/updates`, member.cookie, {
    body: 'Started.',
  });
  const pilotLink = await post(`/api/pilots/${pilot.id}/links`, member.cookie, {
    threadId: thread.id,
  });
  const story = await post('/api/threads', member.cookie, {
    kind: 'success',
    title: 'Our cohort budget panel',
    cohortId: cohort.id,
    story: { context: 'A town.', tried: 'A panel.', happened: 'It worked.', learned: 'Ask.' },
  });
  const lesson = await post('/api/lessons', member.cookie, { threadId: story.id });
  await post(`/api/lessons/${lesson.id}/submit`, member.cookie, {});
  const spareLesson = await post('/api/lessons', member.cookie, { threadId: story.id });
  const networkStory = await post('/api/threads', member.cookie, {
    kind: 'failure',
    title: 'Our open budget panel',
    story: { context: 'A city.', tried: 'A panel.', happened: 'It stalled.', learned: 'Ask.' },
  });
  const publicLesson = await post('/api/lessons', member.cookie, { threadId: networkStory.id });
  await post(`/api/lessons/${publicLesson.id}/submit`, member.cookie, {});
  await post(`/api/lessons/${publicLesson.id}/publish`, organiser.cookie, {});
  const message = await createChatService(t.app.db).send(
    { id: member.id, handle: member.handle, name: member.name, role: 'member', avatar: null },
    { roomId: room?.id ?? uuid, clientId: 'matrix-message-1', body: 'Hello cohort' },
  );
  const profile = await t.request({
    method: 'PUT',
    url: '/api/profile/avatar',
    cookie: spare.cookie,
    payload: picture,
    headers: { 'content-type': 'image/png' },
  });
  const fixtures: Fixtures = {
    cohortId: cohort.id,
    programmeId: cohort.programmeId,
    threadId: thread.id,
    replyId: reply.id,
    seriesId: series.id,
    meetupId: meetup.id,
    slotId: meetup.slots[0].id,
    roomId: room?.id ?? uuid,
    member: { id: member.id, handle: member.handle },
    spare: { id: spare.id, handle: spare.handle },
    agendaItemId: agenda.agenda.find((item: { title: string }) => item.title === 'Our lessons')?.id,
    messageId: message.id,
    avatar: profile.json().avatar.small,
    picture,
    attachmentId: attachment.json().id,
    trackId: track.id,
    spareTrackId: spareTrack.id,
    pilotId: pilot.id,
    pilotUpdateId: pilotUpdate.id,
    pilotLinkId: pilotLink.id,
    sparePilotId: sparePilot.id,
    storyId: story.id,
    lessonId: lesson.id,
    lessonSourceId: lesson.sources[0].id,
    spareLessonId: spareLesson.id,
    publicLessonId: publicLesson.id,
  };
  return { fixtures, cookies };
}

/** The operation's path with the fixture's ids put in for its parameters. */
export function urlOf(path: string, fixtures: Fixtures, request: MatrixRequest) {
  const params: Record<string, string> = {
    ...(path.startsWith('/api/threads')
      ? { id: fixtures.threadId, replyId: fixtures.replyId }
      : {}),
    ...(path.startsWith('/api/meetups/')
      ? { id: fixtures.meetupId, itemId: fixtures.agendaItemId }
      : {}),
    ...(path.startsWith('/api/meetup-series/') ? { id: fixtures.seriesId } : {}),
    ...(path.startsWith('/api/rooms/')
      ? { id: fixtures.roomId, messageId: fixtures.messageId }
      : {}),
    ...(path.startsWith('/api/cohorts/')
      ? { id: fixtures.cohortId, memberId: fixtures.spare.id }
      : {}),
    ...(path.startsWith('/api/programmes/') ? { id: fixtures.programmeId } : {}),
    ...(path.startsWith('/api/pilots/')
      ? {
          id: fixtures.pilotId,
          memberId: fixtures.spare.id,
          updateId: fixtures.pilotUpdateId,
          linkId: fixtures.pilotLinkId,
        }
      : {}),
    ...(path.startsWith('/api/tracks/') ? { id: fixtures.trackId } : {}),
    ...(path.startsWith('/api/lessons/')
      ? { id: fixtures.lessonId, sourceId: fixtures.lessonSourceId }
      : {}),
    ...(path.startsWith('/api/attachments/') ? { attachmentId: fixtures.attachmentId } : {}),
    ...(path.startsWith('/api/members/') ? { handle: fixtures.member.handle } : {}),
    ...(path.startsWith('/api/invitations/') ||
    path.startsWith('/api/flags/') ||
    path.startsWith('/api/notifications/')
      ? { id: uuid, token: TOKEN }
      : {}),
    ...(path.startsWith('/api/calendar/') ? { token: TOKEN } : {}),
    ...request.path,
  };
  if (request.url) return request.url;
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? uuid);
  return request.query ? `${url}?${request.query}` : url;
}

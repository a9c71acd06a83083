import { randomUUID } from 'node:crypto';
import { type Fixtures, type MatrixRequest, TOKEN } from './authorization-fixtures.ts';

// The input of each operation of the authorization matrix (authorization-matrix.test.ts).

const NEW_PASSWORD = 'a long and new passphrase';
const SLOT = (day: string) => ({
  startsAt: `2031-03-${day}T18:00`,
  endsAt: `2031-03-${day}T21:00`,
  timezone: 'Europe/Paris',
});
let made = 0;

/**
 * A request that passes validation, for each operation that takes input, so the answer is about
 * who asks, not what they sent. Names and addresses are new each time, so nothing clashes.
 */
export const REQUESTS: Record<string, (f: Fixtures) => MatrixRequest> = {
  'POST /api/setup': () => ({
    body: { name: 'First Admin', email: 'first@example.org', password: NEW_PASSWORD },
  }),
  'POST /api/auth/login': () => ({ body: { email: 'nobody@example.org', password: NEW_PASSWORD } }),
  'POST /api/auth/password': () => ({
    body: { currentPassword: 'not the password', newPassword: NEW_PASSWORD },
  }),
  'POST /api/auth/password-reset': () => ({ body: { email: `nobody-${++made}@example.org` } }),
  'POST /api/auth/password-reset/confirm': () => ({
    body: { token: TOKEN, password: NEW_PASSWORD },
  }),
  'POST /api/invitations': () => ({ body: { email: `invitee-${++made}@example.org` } }),
  'POST /api/invitations/{token}/accept': () => ({
    body: { name: 'New Member', password: NEW_PASSWORD },
  }),
  'POST /api/cohorts/{id}/invitations/check': () => ({ body: { text: 'ana@example.org' } }),
  'POST /api/cohorts/{id}/invitations': () => ({
    body: { invitees: [{ email: `cohort-${++made}@example.org` }] },
  }),
  'POST /api/cohorts/{id}/invitations/existing-members': () => ({
    body: { emails: ['ana@example.org'] },
  }),
  'PATCH /api/profile': () => ({ body: { headline: 'Service designer' } }),
  'POST /api/profile/positions': () => ({
    body: {
      role: 'Analyst',
      organisation: 'Ministry of Finance',
      level: 'national',
      from: '2020-01',
    },
  }),
  'PUT /api/profile/positions/{id}': () => ({
    body: {
      role: 'Analyst',
      organisation: 'Ministry of Finance',
      level: 'national',
      from: '2020-01',
    },
  }),
  // A wrong password: the answer is about who asks, and no mail goes out.
  'POST /api/account/email': () => ({
    body: { newEmail: `moved-${++made}@example.org`, password: 'not the password' },
  }),
  'POST /api/account/email/confirm': () => ({ body: { token: TOKEN } }),
  'POST /api/account/email/cancel': () => ({ body: { token: TOKEN } }),
  'POST /api/members/{handle}/deactivate': (f) => ({ path: { handle: f.spare.handle } }),
  'POST /api/members/{handle}/reactivate': (f) => ({ path: { handle: f.spare.handle } }),
  'GET /api/account/exports/{id}/download': () => ({ path: { id: randomUUID() } }),
  'POST /api/account/deletion': () => ({
    body: { mode: 'keep_posts', password: 'not the password' },
  }),
  'POST /api/members/{handle}/exports': (f) => ({ path: { handle: f.spare.handle } }),
  'POST /api/members/{handle}/deletion': () => ({
    path: { handle: 'nobody-by-this-handle' },
    body: { mode: 'erase_posts', reason: 'Asked by e-mail' },
  }),
  'PUT /api/members/{handle}/role': (f) => ({
    path: { handle: f.spare.handle },
    body: { role: 'member' },
  }),
  'PUT /api/profile/avatar': (f) => ({ body: f.picture, contentType: 'image/png' }),
  'GET /api/avatars/{memberId}/{version}/{size}': (f) => ({ url: f.avatar }),
  'POST /api/attachments': (f) => ({
    query: 'name=plan.png',
    body: f.picture,
    contentType: 'image/png',
  }),
  'POST /api/programmes': () => ({ body: { name: `Programme ${++made}` } }),
  'POST /api/programmes/{id}/cohorts': () => ({ body: { name: `Cohort ${++made}`, year: 2025 } }),
  'POST /api/cohorts/{id}/members': (f) => ({ body: { memberIds: [f.spare.id] } }),
  'POST /api/programmes/{id}/tracks': () => ({ body: { kind: 'other', name: `Track ${++made}` } }),
  'PATCH /api/tracks/{id}': () => ({ body: { name: `Track ${++made}` } }),
  'DELETE /api/tracks/{id}': (f) => ({ path: { id: f.spareTrackId } }),
  'PUT /api/cohorts/{id}/tracks': (f) => ({ body: { trackIds: [f.trackId] } }),
  'POST /api/pilots': (f) => ({ body: { programmeId: f.programmeId, name: `Pilot ${++made}` } }),
  'GET /api/pilots/linked': (f) => ({ query: `threadId=${f.threadId}` }),
  'PATCH /api/pilots/{id}': () => ({ body: { summary: 'Changed.' } }),
  'DELETE /api/pilots/{id}': (f) => ({ path: { id: f.sparePilotId } }),
  'PUT /api/pilots/{id}/team/{memberId}': () => ({ body: { role: 'analyst' } }),
  'PUT /api/pilots/{id}/following': () => ({ body: { following: true } }),
  'POST /api/pilots/{id}/links': (f) => ({ body: { agendaItemId: f.agendaItemId } }),
  'POST /api/pilots/{id}/updates': () => ({ body: { body: 'Matrix update.' } }),
  'PATCH /api/pilots/{id}/updates/{updateId}': () => ({ body: { body: 'Edited update.' } }),
  'POST /api/lessons': (f) => ({ body: { threadId: f.storyId } }),
  'GET /api/lessons/drawn-from': (f) => ({ query: `threadId=${f.storyId}` }),
  'GET /api/lessons/export.md': (f) => ({ query: `ids=${f.lessonId}` }),
  'PATCH /api/lessons/{id}': () => ({ body: { title: `Matrix lesson ${++made}` } }),
  'DELETE /api/lessons/{id}': (f) => ({ path: { id: f.spareLessonId } }),
  'POST /api/lessons/{id}/translations': () => ({
    body: {
      language: 'fr',
      title: 'Une leçon traduite',
      sections: { problem: 'p', tried: 't', evidence: '', caveats: '', useWhen: '' },
    },
  }),
  'POST /api/lessons/{id}/sources': (f) => ({ body: { threadId: f.storyId } }),
  'PUT /api/lessons/{id}/sources/{sourceId}/consent': () => ({ body: { quote: true } }),
  'POST /api/showcase/lessons/{lessonId}': (f) => ({ path: { lessonId: f.publicLessonId } }),
  'POST /api/showcase/pilots/{pilotId}': (f) => ({
    path: { pilotId: f.pilotId },
    body: { summary: 'A public summary of the cohort pilot.' },
  }),
  'PUT /api/showcase/items/{id}/consent': () => ({ body: { answer: 'name' } }),
  'POST /api/threads': (f) => ({
    body: {
      kind: 'discussion',
      title: 'A cohort discussion',
      body: 'Hello.',
      cohortId: f.cohortId,
    },
  }),
  'PATCH /api/threads/{id}': () => ({ body: { body: 'Looking for advice, again.' } }),
  'PUT /api/threads/{id}/moderation': () => ({ body: { pinned: true } }),
  'PUT /api/threads/{id}/accepted': (f) => ({ body: { replyId: f.replyId } }),
  'PUT /api/threads/{id}/following': () => ({ body: { following: true } }),
  'PUT /api/threads/{id}/helpful': () => ({ body: { helpful: true } }),
  'POST /api/threads/{id}/flags': () => ({ body: { reason: 'Off topic for this cohort.' } }),
  'POST /api/threads/{id}/replies': () => ({ body: { body: 'Another reply.' } }),
  'PATCH /api/threads/{id}/replies/{replyId}': () => ({ body: { body: 'We did, twice.' } }),
  'GET /api/search': () => ({ query: 'q=panel' }),
  'GET /api/search/everything': () => ({ query: 'q=hello' }),
  'GET /api/search/messages': (f) => ({ query: `q=hello&room=${f.roomId}` }),
  'GET /api/search/people': () => ({ query: 'q=hello' }),
  'GET /api/search/meetups': () => ({ query: 'q=hello' }),
  'GET /api/rooms/{id}/messages/newer': () => ({ query: 'after=0' }),
  'GET /api/threads/similar': () => ({ query: 'title=citizen%20panel' }),
  'GET /api/mentions': (f) => ({ query: `q=a&thread=${f.threadId}` }),
  'POST /api/markdown/preview': () => ({ body: { text: 'What **worked** for you?' } }),
  'POST /api/threads/{id}/advice-requests': (f) => ({ body: { memberIds: [f.spare.id] } }),
  'PUT /api/advice/settings': () => ({ body: { monthlyCapacity: 3, awayUntil: null } }),
  'POST /api/threads/{id}/advice-requests/{memberId}/state': () => ({
    body: { state: 'accepted' },
  }),
  'PUT /api/threads/{id}/advice-requests/{memberId}/thanks': () => ({ body: { helped: true } }),
  'POST /api/meetup-series': () => ({ body: { name: `Series ${++made}` } }),
  'POST /api/meetup-series/{id}/meetups': () => ({
    body: { title: 'Autumn exchange', slots: [SLOT('10'), SLOT('17')] },
  }),
  'PATCH /api/meetups/{id}': () => ({ body: { title: 'Spring exchange, renamed' } }),
  'PUT /api/meetups/{id}/votes': (f) => ({
    body: { votes: [{ slotId: f.slotId, choice: 'yes' }] },
  }),
  'POST /api/meetups/{id}/schedule': (f) => ({ body: { slotId: f.slotId } }),
  'PUT /api/meetups/{id}/rsvp': () => ({ body: { status: 'going' } }),
  'POST /api/meetups/{id}/cancel': () => ({ body: { reason: 'The venue closed.' } }),
  'PUT /api/meetups/{id}/notes': () => ({ body: { notes: 'What we learned.' } }),
  'POST /api/meetups/{id}/agenda': () => ({
    body: { title: 'Our panel', kind: 'lesson', minutes: 10 },
  }),
  'PUT /api/meetups/{id}/agenda-order': () => ({ body: { items: [] } }),
  'PUT /api/meetups/{id}/agenda/{itemId}': () => ({ body: { status: 'accepted' } }),
  'POST /api/rooms/direct': (f) => ({ body: { memberIds: [f.spare.id] } }),
  'PUT /api/rooms/{id}/muted': () => ({ body: { muted: true } }),
  'PATCH /api/rooms/{id}/messages/{messageId}': () => ({ body: { body: 'Edited.' } }),
  'PUT /api/rooms/{id}/messages/{messageId}/reactions': () => ({
    body: { emoji: '👍', reacted: true },
  }),
  'PATCH /api/email/preferences': () => ({ body: { topics: { mentions: 'daily' } } }),
  'POST /api/push/subscriptions': () => ({
    body: {
      // Each caller's browser has its own: another member's endpoint is refused (409).
      endpoint: `https://push.example.org/send/${randomUUID()}`,
      keys: { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) },
    },
  }),
  'PUT /api/auth/me/locale': () => ({ body: { locale: 'fr' } }),
  'PUT /api/admin/settings': () => ({ body: { defaultLocale: 'en' } }),
  'PUT /api/admin/settings/logo': (f) => ({ body: f.picture, contentType: 'image/png' }),
  'GET /api/admin/retention/preview': () => ({ query: 'chatMonths=6' }),
  // No logo has this version: whoever asks, it is not there.
  'GET /api/network/logo/{version}': () => ({ path: { version: 'no-such-logo' } }),
  // A token the server did not sign: whoever asks, the link is refused alike.
  'GET /api/email/unsubscribe/preview': () => ({ query: `token=${TOKEN}` }),
  'GET /api/email/unsubscribe': () => ({ query: `token=${TOKEN}` }),
  'POST /api/email/unsubscribe': () => ({ query: `token=${TOKEN}` }),
};

/** Asked after every other operation, in this order: they take away what the others use. */
export const LAST = [
  'DELETE /api/profile/avatar',
  'POST /api/meetups/{id}/cancel',
  'DELETE /api/threads/{id}/replies/{replyId}',
  'DELETE /api/rooms/{id}/messages/{messageId}',
  'DELETE /api/rooms/{id}/membership',
  'DELETE /api/cohorts/{id}/members/{memberId}',
  'POST /api/members/{handle}/deactivate',
  'POST /api/auth/logout-everywhere',
  'POST /api/auth/logout',
];

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixtures,
  CALLERS,
  type Caller,
  type Fixtures,
  urlOf,
} from './authorization-fixtures.ts';
import { LAST, REQUESTS } from './authorization-requests.ts';
import { SHOWCASE_MATRIX } from './authorization-showcase.ts';
import { createTestApp, type TestApp } from './test-app.ts';

// Every operation of /api/openapi.json, asked by each kind of caller about a fixture only one
// cohort may see: its thread, meetup, room and a member's picture. An operation missing from
// the table fails the test, so a new route must say who may call it. One app, fixtures built
// once, every request through inject.

/**
 * Statuses in the order of CALLERS (anonymous, member of the cohort, member of another cohort,
 * organiser, admin, deactivated member), each asking once in that order: a write by one caller
 * is what the next one finds (the admin's 409 after the organiser scheduled the meetup).
 */
const MATRIX: Record<string, string> = {
  'GET /api/health': '200 200 200 200 200 200',
  'GET /api/setup': '200 200 200 200 200 200',
  'POST /api/setup': '409 409 409 409 409 409',
  'POST /api/auth/login': '401 401 401 401 401 401',
  'GET /api/auth/unlock': '400 400 400 400 400 400',
  'POST /api/auth/unlock': '400 400 400 400 400 400',
  'POST /api/auth/logout': '204 204 204 204 204 204',
  'POST /api/auth/logout-everywhere': '401 204 204 204 204 401',
  'GET /api/auth/me': '200 200 200 200 200 200',
  'PUT /api/auth/me/locale': '401 200 200 200 200 401',
  'GET /api/admin/settings': '401 403 403 403 200 401',
  'PUT /api/admin/settings': '401 403 403 403 200 401',
  'PUT /api/admin/settings/logo': '401 403 403 403 200 401',
  'DELETE /api/admin/settings/logo': '401 403 403 403 200 401',
  'POST /api/admin/settings/test-mail': '401 403 403 403 200 401',
  'GET /api/admin/retention/preview': '401 403 403 403 200 401',
  'GET /api/network': '200 200 200 200 200 200',
  'GET /api/network/logo/{version}': '404 404 404 404 404 404',
  'GET /api/accessibility/contact': '200 200 200 200 200 200',
  'POST /api/auth/password': '401 400 400 400 400 401',
  'POST /api/auth/password-reset': '202 202 202 202 202 202',
  'POST /api/auth/password-reset/confirm': '400 400 400 400 400 400',
  'POST /api/account/email': '401 400 400 400 400 401',
  'POST /api/account/email/confirm': '400 400 400 400 400 400',
  'POST /api/account/email/cancel': '400 400 400 400 400 400',
  'GET /api/auth/oidc': '200 200 200 200 200 200',
  'GET /api/auth/oidc/start': '404 404 404 404 404 404',
  'POST /api/auth/oidc/callback': '400 400 400 400 400 400',
  'POST /api/invitations': '401 403 403 201 201 401',
  'GET /api/invitations': '401 403 403 200 200 401',
  'GET /api/invitations/{token}': '404 404 404 404 404 404',
  'POST /api/invitations/{token}/accept': '404 404 404 404 404 404',
  'POST /api/cohorts/{id}/invitations/check': '401 403 403 200 200 401',
  'POST /api/cohorts/{id}/invitations': '401 403 403 202 202 401',
  'POST /api/cohorts/{id}/invitations/existing-members': '401 403 403 200 200 401',
  'POST /api/invitations/{id}/resend': '401 403 403 404 404 401',
  'POST /api/invitations/{id}/revoke': '401 403 403 404 404 401',
  'POST /api/invitations/{token}/join': '401 404 404 404 404 401',
  'GET /api/profile': '401 200 200 200 200 401',
  'PATCH /api/profile': '401 200 200 200 200 401',
  'GET /api/profile/positions': '401 200 200 200 200 401',
  'POST /api/profile/positions': '401 201 201 201 201 401',
  'PUT /api/profile/positions/{id}': '401 404 404 404 404 401',
  'DELETE /api/profile/positions/{id}': '401 404 404 404 404 401',
  'GET /api/members/{handle}': '401 200 200 200 200 401',
  'GET /api/members/{handle}/activity': '401 200 200 200 200 401',
  'POST /api/members/{handle}/deactivate': '401 403 403 200 200 401',
  'POST /api/members/{handle}/reactivate': '401 403 403 200 200 401',
  'PUT /api/members/{handle}/role': '401 403 403 403 200 401',
  'GET /api/members': '401 200 200 200 200 401',
  'PUT /api/profile/avatar': '401 200 200 200 200 401',
  'DELETE /api/profile/avatar': '401 204 204 204 204 401',
  'GET /api/avatars/{memberId}/{version}/{size}': '401 200 200 200 200 401',
  'POST /api/attachments': '401 201 201 201 201 401',
  'GET /api/attachments/{attachmentId}': '401 200 404 200 200 401',
  'GET /api/attachments/{attachmentId}/thumbnail': '401 200 404 200 200 401',
  'GET /api/programmes': '401 200 200 200 200 401',
  'POST /api/programmes': '401 403 403 201 201 401',
  'POST /api/programmes/{id}/cohorts': '401 403 403 201 201 401',
  'GET /api/programmes/{id}/tracks': '401 200 200 200 200 401',
  'POST /api/programmes/{id}/tracks': '401 403 403 201 201 401',
  'PATCH /api/tracks/{id}': '401 403 403 200 200 401',
  'DELETE /api/tracks/{id}': '401 403 403 204 404 401',
  'GET /api/cohorts/{id}/tracks': '401 200 200 200 200 401',
  'PUT /api/cohorts/{id}/tracks': '401 403 403 200 200 401',
  'GET /api/lessons': '401 200 200 200 200 401',
  'POST /api/lessons': '401 201 404 201 201 401',
  'GET /api/lessons/drawn-from': '401 200 200 200 200 401',
  'GET /api/lessons/drafts': '401 200 200 200 200 401',
  'GET /api/lessons/export.md': '401 200 200 200 200 401',
  'GET /api/lessons/{id}': '401 200 404 200 200 401',
  'GET /api/lessons/{id}/export.md': '401 200 404 200 200 401',
  'PATCH /api/lessons/{id}': '401 200 404 200 200 401',
  'DELETE /api/lessons/{id}': '401 204 404 404 404 401',
  'POST /api/lessons/{id}/helpful': '401 409 404 409 409 401',
  'DELETE /api/lessons/{id}/helpful': '401 409 404 409 409 401',
  'POST /api/lessons/{id}/translations': '401 409 404 409 409 401',
  'GET /api/lessons/reviews': '401 200 200 200 200 401',
  'POST /api/lessons/{id}/sources': '401 409 404 409 409 401',
  'DELETE /api/lessons/{id}/sources/{sourceId}': '401 409 404 409 409 401',
  'PUT /api/lessons/{id}/sources/{sourceId}/consent': '401 200 404 403 403 401',
  'POST /api/lessons/{id}/submit': '401 409 404 409 409 401',
  'POST /api/lessons/{id}/publish': '401 403 403 200 409 401',
  'POST /api/lessons/{id}/return-to-draft': '401 403 403 200 409 401',
  'GET /api/pilots': '401 200 200 200 200 401',
  'POST /api/pilots': '401 201 403 201 201 401',
  'GET /api/pilots/linked': '401 200 404 200 200 401',
  'GET /api/pilots/{id}': '401 200 404 200 200 401',
  'PATCH /api/pilots/{id}': '401 200 404 200 200 401',
  'DELETE /api/pilots/{id}': '401 204 404 404 404 401',
  'PUT /api/pilots/{id}/team/{memberId}': '401 200 404 200 200 401',
  'DELETE /api/pilots/{id}/team/{memberId}': '401 204 404 404 404 401',
  'PUT /api/pilots/{id}/following': '401 200 404 200 200 401',
  'POST /api/pilots/{id}/links': '401 201 404 409 409 401',
  'DELETE /api/pilots/{id}/links/{linkId}': '401 204 404 404 404 401',
  'GET /api/members/{handle}/pilots': '401 200 200 200 200 401',
  'GET /api/pilots/{id}/updates': '401 200 404 200 200 401',
  'POST /api/pilots/{id}/updates': '401 201 404 403 403 401',
  'PATCH /api/pilots/{id}/updates/{updateId}': '401 200 404 200 200 401',
  'DELETE /api/pilots/{id}/updates/{updateId}': '401 204 404 404 404 401',
  'GET /api/meetups/{id}/since-last-exchange': '401 200 404 200 200 401',
  'GET /api/cohorts/{id}': '401 200 200 200 200 401',
  'POST /api/cohorts/{id}/members': '401 403 403 200 200 401',
  'DELETE /api/cohorts/{id}/members/{memberId}': '401 403 403 204 404 401',
  'GET /api/outbox': '401 403 403 403 200 401',
  'GET /api/audit': '401 403 403 200 200 401',
  'GET /api/audit/actors': '401 403 403 200 200 401',
  'GET /api/audit.csv': '401 403 403 200 200 401',
  'GET /api/outcomes': '401 403 403 200 200 401',
  'GET /api/threads': '401 200 200 200 200 401',
  'POST /api/threads': '401 201 400 201 201 401',
  'GET /api/threads/{id}': '401 200 404 200 200 401',
  'PATCH /api/threads/{id}': '401 200 404 403 403 401',
  'PUT /api/threads/{id}/moderation': '401 403 403 200 200 401',
  'PUT /api/threads/{id}/accepted': '401 200 404 200 200 401',
  'PUT /api/threads/{id}/following': '401 200 404 200 200 401',
  'PUT /api/threads/{id}/helpful': '401 403 404 200 200 401',
  'POST /api/threads/{id}/flags': '401 204 404 204 204 401',
  'GET /api/flags': '401 403 403 200 200 401',
  'POST /api/flags/{id}/resolve': '401 403 403 404 404 401',
  'GET /api/threads/{id}/replies': '401 200 404 200 200 401',
  'POST /api/threads/{id}/replies': '401 201 404 201 201 401',
  'PATCH /api/threads/{id}/replies/{replyId}': '401 200 404 403 403 401',
  'DELETE /api/threads/{id}/replies/{replyId}': '401 200 404 409 409 401',
  'DELETE /api/threads/{id}/anonymity': '401 200 404 403 403 401',
  'DELETE /api/threads/{id}/replies/{replyId}/anonymity': '401 200 404 403 403 401',
  'POST /api/threads/{id}/author': '401 403 403 409 409 401',
  'POST /api/threads/{id}/replies/{replyId}/author': '401 403 403 409 409 401',
  'GET /api/search': '401 200 200 200 200 401',
  'GET /api/search/everything': '401 200 200 200 200 401',
  'GET /api/search/messages': '401 200 404 404 404 401',
  'GET /api/search/people': '401 200 200 200 200 401',
  'GET /api/search/meetups': '401 200 200 200 200 401',
  'GET /api/threads/similar': '401 200 200 200 200 401',
  'GET /api/mentions': '401 200 404 200 200 401',
  'POST /api/markdown/preview': '401 200 200 200 200 401',
  'GET /api/threads/{id}/advisers': '401 200 404 200 200 401',
  'POST /api/threads/{id}/advice-requests': '401 400 404 403 403 401',
  'GET /api/advice/settings': '401 200 200 200 200 401',
  'PUT /api/advice/settings': '401 200 200 200 200 401',
  'GET /api/advice/requests': '401 200 200 200 200 401',
  // No request for this member on the thread: the same answer whoever asks, telling nothing.
  'POST /api/threads/{id}/advice-requests/{memberId}/state': '401 404 404 404 404 401',
  'PUT /api/threads/{id}/advice-requests/{memberId}/thanks': '401 404 404 404 404 401',
  'GET /api/advice/members/{memberId}': '401 200 200 200 200 401',
  'GET /api/meetup-series': '401 200 200 200 200 401',
  'POST /api/meetup-series': '401 403 403 201 201 401',
  'GET /api/meetup-series/{id}': '401 200 404 200 200 401',
  'GET /api/meetup-series/{id}/suggested-slots': '401 200 404 200 200 401',
  'POST /api/meetup-series/{id}/meetups': '401 403 404 201 201 401',
  'GET /api/meetups': '401 200 200 200 200 401',
  'GET /api/meetups/{id}': '401 200 404 200 200 401',
  'PATCH /api/meetups/{id}': '401 403 404 200 200 401',
  'PUT /api/meetups/{id}/votes': '401 200 404 200 200 401',
  'POST /api/meetups/{id}/schedule': '401 403 404 200 409 401',
  'POST /api/meetups/{id}/poll-reminder': '401 403 404 200 409 401',
  'PUT /api/meetups/{id}/rsvp': '401 200 404 200 200 401',
  'POST /api/meetups/{id}/cancel': '401 403 404 200 409 401',
  'PUT /api/meetups/{id}/notes': '401 403 404 200 200 401',
  'POST /api/meetups/{id}/agenda': '401 200 404 200 200 401',
  'PUT /api/meetups/{id}/agenda-order': '401 403 404 200 200 401',
  'PUT /api/meetups/{id}/agenda/{itemId}': '401 403 404 200 200 401',
  'GET /api/meetups/{id}/attendees.csv': '401 403 404 200 200 401',
  'GET /api/meetups/{id}/calendar.ics': '401 200 404 200 200 401',
  'GET /api/meetups/{id}/check-ins': '401 403 404 200 200 401',
  'PUT /api/meetups/{id}/check-ins/{memberId}': '401 403 404 409 409 401',
  'DELETE /api/meetups/{id}/check-ins/{memberId}': '401 403 404 409 409 401',
  'GET /api/meetups/{id}/check-in-candidates': '401 403 404 200 200 401',
  'GET /api/meetups/{id}/check-in-link': '401 403 404 200 200 401',
  'POST /api/meetups/{id}/check-in-link': '401 403 404 200 200 401',
  'GET /api/meetups/{id}/check-in-link.svg': '401 403 404 200 200 401',
  'GET /api/check-in/{token}': '401 404 404 404 404 401',
  'POST /api/check-in/{token}': '401 404 404 404 404 401',
  'GET /api/calendar-feed': '401 200 200 200 200 401',
  'POST /api/calendar-feed': '401 200 200 200 200 401',
  'DELETE /api/calendar-feed': '401 200 200 200 200 401',
  'GET /api/calendar/{token}.ics': '404 404 404 404 404 404',
  'GET /api/notifications': '401 200 200 200 200 401',
  'GET /api/notifications/unread-count': '401 200 200 200 200 401',
  'POST /api/notifications/{id}/read': '401 404 404 404 404 401',
  'POST /api/notifications/read-all': '401 200 200 200 200 401',
  'GET /api/push/key': '401 200 200 200 200 401',
  'GET /api/push/subscriptions': '401 200 200 200 200 401',
  'POST /api/push/subscriptions': '401 200 200 200 200 401',
  'DELETE /api/push/subscriptions/{id}': '401 404 404 404 404 401',
  'GET /api/rooms': '401 200 200 200 200 401',
  'GET /api/rooms/{id}/messages': '401 200 404 404 404 401',
  'GET /api/rooms/{id}/messages/{messageId}/around': '401 200 404 404 404 401',
  'GET /api/rooms/{id}/messages/newer': '401 200 404 404 404 401',
  'POST /api/rooms/direct': '401 201 201 201 201 401',
  'DELETE /api/rooms/{id}/membership': '401 409 404 404 404 401',
  'PUT /api/rooms/{id}/muted': '401 200 404 404 404 401',
  'PATCH /api/rooms/{id}/messages/{messageId}': '401 200 404 404 404 401',
  'DELETE /api/rooms/{id}/messages/{messageId}': '401 200 404 404 404 401',
  'PUT /api/rooms/{id}/messages/{messageId}/reactions': '401 200 404 404 404 401',
  'GET /api/email/preferences': '401 200 200 200 200 401',
  'PATCH /api/email/preferences': '401 200 200 200 200 401',
  'POST /api/email/preferences/retry-address': '401 200 200 200 200 401',
  'GET /api/email/unsubscribe/preview': '400 400 400 400 400 400',
  'GET /api/email/unsubscribe': '303 303 303 303 303 303',
  'POST /api/email/unsubscribe': '400 400 400 400 400 400',
  'GET /api/admin/email/bounces': '401 403 403 403 200 401',
  'GET /api/account/exports/latest': '401 200 200 200 200 401',
  'POST /api/account/exports': '401 202 202 202 202 401',
  'GET /api/account/exports/{id}/download': '401 404 404 404 404 401',
  'POST /api/account/deletion': '401 400 400 400 400 401',
  'POST /api/members/{handle}/exports': '401 403 403 403 202 401',
  'POST /api/members/{handle}/deletion': '401 403 403 403 404 401',
  ...SHOWCASE_MATRIX,
};

// Over a thousand requests one at a time: more than a test's usual limit on a busy machine.
const EVERY_OPERATION_MS = 180_000;
let t: TestApp;
let fixtures: Fixtures;
let cookies: Record<Caller, string | undefined>;
let addresses = 0;

beforeAll(async () => {
  t = await createTestApp();
  ({ fixtures, cookies } = await buildFixtures(t));
});
afterAll(() => t.close());

describe('the authorization matrix', () => {
  it(
    'gives each caller the expected status on every operation of the OpenAPI document',
    async () => {
      const document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      };
      const observed: string[] = [];
      const wrong: string[] = [];
      const operations = Object.entries(document.paths)
        .flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
        )
        .map((each) => ({ ...each, name: `${each.method.toUpperCase()} ${each.path}` }))
        .sort((a, b) => LAST.indexOf(a.name) - LAST.indexOf(b.name));
      for (const { path, method, operation, name } of operations) {
        const expected = MATRIX[name];
        const requestFor = REQUESTS[name];
        const statuses: string[] = [];
        for (const caller of CALLERS) {
          const request = requestFor?.(fixtures) ?? {};
          addresses += 1;
          const response = await t.request({
            method: method.toUpperCase() as 'GET',
            // Each request from an address of its own, so per-address limits never answer.
            remoteAddress: `10.89.${Math.floor(addresses / 250) % 250}.${(addresses % 250) + 1}`,
            url: urlOf(path, fixtures, request),
            cookie: cookies[caller],
            ...(request.body === undefined
              ? {}
              : {
                  payload: request.body as string,
                  headers: { 'content-type': request.contentType ?? 'application/json' },
                }),
          });
          statuses.push(String(response.statusCode));
          if (!(String(response.statusCode) in operation.responses)) {
            wrong.push(`${name} as ${caller}: ${response.statusCode} is not documented`);
          }
        }
        const row = statuses.join(' ');
        observed.push(`'${name}': '${row}',`);
        if (expected === undefined) wrong.push(`${name} has no entry in the matrix`);
        else if (expected !== row) wrong.push(`${name}: expected ${expected}, got ${row}`);
      }
      console.info(
        `authorization matrix: ${observed.length} operations × ${CALLERS.length} callers`,
      );
      expect(wrong, observed.join('\n')).toEqual([]);
    },
    EVERY_OPERATION_MS,
  );
});

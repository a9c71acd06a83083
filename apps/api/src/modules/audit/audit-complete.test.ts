import { auditEntries } from '@praxis/db/schema/audit';
import { meetups } from '@praxis/db/schema/meetups';
import { createMember } from '@praxis/db/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDITED, type Made } from '../../testing/audited-actions.ts';
import {
  buildFixtures,
  type Caller,
  type Fixtures,
  type MatrixRequest,
  urlOf,
} from '../../testing/authorization-fixtures.ts';
import { REQUESTS } from '../../testing/authorization-requests.ts';
import { NOT_AUDITED } from '../../testing/not-audited-actions.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// Every moderation and administrative action leaves exactly one audit entry: who, what, which
// target, why. The table in testing/audited-actions.ts performs each through the API. A
// state-changing operation that refuses a plain member (403) must appear in it or among the
// exemptions, with the reason it is not audited: a new organiser or admin route fails this
// test until someone decides.

/** Ends the prober's own sessions, so it is left out of the probe. */
const SIGNS_OUT = new Set(['POST /api/auth/logout-everywhere']);

let t: TestApp;
let fixtures: Fixtures;
let cookies: Record<Caller, string | undefined>;
const made = {} as Made;
let addresses = 0;

const remoteAddress = () => {
  addresses += 1;
  return `10.77.${Math.floor(addresses / 250) % 250}.${(addresses % 250) + 1}`;
};

function send(name: string, request: MatrixRequest, cookie: string | undefined) {
  const [method, path = ''] = name.split(' ');
  return t.request({
    method: method as 'POST',
    url: urlOf(path, fixtures, request),
    cookie,
    remoteAddress: remoteAddress(),
    ...(request.body === undefined
      ? {}
      : {
          payload: request.body as string,
          headers: { 'content-type': request.contentType ?? 'application/json' },
        }),
  });
}

beforeAll(async () => {
  t = await createTestApp();
  ({ fixtures, cookies } = await buildFixtures(t));
  const joiner = await createMember(t.database.db);
  made.joiner = { id: joiner.id, email: joiner.email, handle: joiner.handle };
  const flagged = await send(
    'POST /api/threads/{id}/flags',
    { body: { reason: 'Off topic for this cohort.' } },
    cookies.member,
  );
  expect(flagged.statusCode, flagged.body).toBe(204);
  const flags = await t.request({ method: 'GET', url: '/api/flags', cookie: cookies.organiser });
  made.flagId = flags.json().flags[0].id;
  // A meetup under way, so that attendance can be taken.
  const proposed = await send(
    'POST /api/meetup-series/{id}/meetups',
    REQUESTS['POST /api/meetup-series/{id}/meetups']?.(fixtures) ?? {},
    cookies.organiser,
  );
  made.liveMeetupId = proposed.json().id;
  await t.database.db
    .update(meetups)
    .set({
      status: 'scheduled',
      startsAt: sql`now() - interval '10 minutes'`,
      endsAt: sql`now() + interval '2 hours'`,
    })
    .where(eq(meetups.id, made.liveMeetupId));
});
afterAll(() => t.close());

async function actorIds() {
  const ids: Partial<Record<Caller, string>> = {};
  for (const caller of ['organiser', 'admin'] as const) {
    const me = await t.request({ method: 'GET', url: '/api/auth/me', cookie: cookies[caller] });
    ids[caller] = me.json().member.id;
  }
  return ids;
}

// Every audited action in turn, each with its reads of the audit log: more than a test's usual
// limit on a busy machine.
const EVERY_ACTION_MS = 180_000;

describe('the complete audit', () => {
  it(
    'records exactly one entry, with actor, target and reason, for each moderation and admin action',
    async () => {
      const ids = await actorIds();
      for (const [name, audited] of AUDITED) {
        const before = new Set(
          (await t.database.db.select({ id: auditEntries.id }).from(auditEntries)).map(
            (row) => row.id,
          ),
        );
        const request = audited.request?.(fixtures, made) ?? REQUESTS[name]?.(fixtures) ?? {};
        const response = await send(name, request, cookies[audited.as]);
        expect(response.statusCode, `${name}: ${response.body}`).toBeLessThan(300);
        const answer = (response.body ? response.json() : {}) as Record<string, unknown>;
        audited.keep?.(answer, made);
        const added = (await t.database.db.select().from(auditEntries)).filter(
          (row) => !before.has(row.id),
        );
        const [type, id] = audited.target(fixtures, made, answer);
        expect(added, `${name} → ${audited.action}`).toEqual([
          expect.objectContaining({
            action: audited.action,
            actorId: ids[audited.as],
            targetType: type,
            targetId: id || null,
            reason: audited.reason ?? null,
          }),
        ]);
      }
    },
    EVERY_ACTION_MS,
  );

  it('knows every state-changing operation that refuses a plain member', async () => {
    const document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
    };
    const known = new Set([...AUDITED.map(([name]) => name), ...Object.keys(NOT_AUDITED)]);
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${path}`,
        needsSession:
          (operation.security ?? []).length > 0 &&
          (operation.security ?? []).every((scheme) => Object.keys(scheme).length > 0),
      })),
    );
    const names = new Set(operations.map((operation) => operation.name));
    expect(
      [...known].filter((name) => !names.has(name)),
      'no longer in the API',
    ).toEqual([]);

    const unknown: string[] = [];
    const unprobed: string[] = [];
    for (const { name, needsSession } of operations) {
      if (name.startsWith('GET ') || !needsSession || SIGNS_OUT.has(name)) continue;
      const request = REQUESTS[name];
      const response = await send(name, request?.(fixtures) ?? {}, cookies.member);
      if (response.statusCode === 403 && !known.has(name)) unknown.push(name);
      // Refused for its input, the probe cannot tell who may call it.
      if (response.statusCode === 400 && !request && !known.has(name)) unprobed.push(name);
    }
    expect(
      unknown,
      'refuse a member but are in neither AUDITED (testing/audited-actions.ts) nor NOT_AUDITED (testing/not-audited-actions.ts)',
    ).toEqual([]);
    expect(unprobed, 'need an input in authorization-requests.ts').toEqual([]);
  });
});

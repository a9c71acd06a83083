import { randomUUID } from 'node:crypto';
import { sessions } from '@praxis/db/schema/auth';
import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { pushSubscriptions } from '@praxis/db/schema/push';
import { createCohort } from '@praxis/db/testing/factories';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pushConfigFrom, pushProblem } from '../../push-config.ts';
import { pushTestApp } from '../../testing/push-members.ts';
import { endpointAllowed } from './push.service.ts';

const app = pushTestApp();
const { member, postSubscription, subscribe, roomsOf, say, runJobs } = app;

const ownerOf = async (path: string) => {
  const rows = await app.t.database.db
    .select({ memberId: pushSubscriptions.memberId })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.endpoint, `${app.service.origin}${path}`));
  return rows.map((row) => row.memberId);
};

describe('POST /api/push/subscriptions', () => {
  it("returns 409 for another member's endpoint while their session lasts, and leaves it theirs", async () => {
    const ana = await member();
    const ben = await member();
    const { path } = await subscribe(ana);
    const taken = await postSubscription(ben, path);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe(
      'This browser already takes push notifications for another member who is signed in on it. Sign them out on this browser, then turn notifications on again.',
    );
    expect(await ownerOf(path)).toEqual([ana.id]);
    expect((await postSubscription(ana, path)).statusCode).toBe(200);
    expect(await ownerOf(path)).toEqual([ana.id]);
  });

  it('hands an endpoint over once the session it was bound to has expired', async () => {
    const ana = await member();
    const ben = await member();
    const path = `/push/${randomUUID()}`;
    expect((await postSubscription(ana, path)).statusCode).toBe(200);
    await app.t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(sessions.userId, ana.id));
    const handed = await postSubscription(ben, path);
    expect(handed.statusCode, handed.body).toBe(200);
    expect(await ownerOf(path)).toEqual([ben.id]);
  });
});

describe('pushing what the member may no longer see', () => {
  /** Ana mentions Ben in their cohort's room; Ben's browser takes push. */
  async function mentionInCohort() {
    const ana = await member();
    const ben = await member();
    const cohort = await createCohort(app.t.database.db, { memberIds: [ana.id, ben.id] });
    const room = (await roomsOf(ana.cookie)).find((listed) => listed.cohortId === cohort.id);
    const device = await subscribe(ben);
    const leave = () =>
      app.t.database.db
        .delete(cohortMemberships)
        .where(
          and(eq(cohortMemberships.cohortId, cohort.id), eq(cohortMemberships.memberId, ben.id)),
        );
    return { ana, ben, room: room?.id ?? '', device, leave };
  }

  /** Runs the jobs due a minute from now: a retry after the first failure. */
  const runRetries = () => app.t.app.jobs.runDue({ now: new Date(Date.now() + 60_000) });

  it('pushes nothing to a member removed from the cohort before the push was planned', async () => {
    const { ana, ben, room, device, leave } = await mentionInCohort();
    await say(ana, room, `@${ben.handle} the budget figures are in the room`);
    await leave();
    await runJobs();
    expect(app.service.to(device.path)).toEqual([]);
  });

  it('checks again before a retry: a member removed from the cohort since is not pushed', async () => {
    const { ana, ben, room, device, leave } = await mentionInCohort();
    app.service.answer(device.path, 503);
    await say(ana, room, `@${ben.handle} the budget figures are in the room`);
    await runJobs();
    expect(app.service.to(device.path)).toHaveLength(1);
    await leave();
    await runRetries();
    expect(app.service.to(device.path)).toHaveLength(1);
  });

  it('pushes nothing to a browser whose session has expired, though not yet swept', async () => {
    const { ana, ben, room, device } = await mentionInCohort();
    await app.t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(sessions.userId, ben.id));
    await say(ana, room, `@${ben.handle} are you still there?`);
    await runJobs();
    expect(app.service.to(device.path)).toEqual([]);
  });

  it('checks again before a retry: a notification read since is not pushed', async () => {
    const { ana, ben, room, device } = await mentionInCohort();
    app.service.answer(device.path, 503);
    await say(ana, room, `@${ben.handle} see the agenda`);
    await runJobs();
    expect(app.service.to(device.path)).toHaveLength(1);
    const read = await app.t.request({
      method: 'POST',
      url: '/api/notifications/read-all',
      cookie: ben.cookie,
      payload: {},
    });
    expect(read.statusCode, read.body).toBe(200);
    await runRetries();
    expect(app.service.to(device.path)).toHaveLength(1);
  });
});

describe('push endpoints on this machine', () => {
  const vars = {
    MAIL_FROM: 'Praxis <praxis@example.org>',
    PUSH_LOOPBACK_ENDPOINTS: 'off' as const,
  };

  it('are refused, and names checked again when connecting, unless a test turns them on', () => {
    const development = pushConfigFrom({ ...vars, NODE_ENV: 'development' }, 'http://localhost');
    expect(development).toMatchObject({ httpsOnly: false, loopbackEndpoints: false });
    expect(endpointAllowed('http://127.0.0.1:9000/x', development)).toBe(false);
    expect(endpointAllowed('https://fcm.googleapis.com:8443/x', development)).toBe(true);
    const test = pushConfigFrom(
      { ...vars, NODE_ENV: 'test', PUSH_LOOPBACK_ENDPOINTS: 'on' },
      'http://localhost',
    );
    expect(endpointAllowed('http://127.0.0.1:9000/x', test)).toBe(true);
  });

  it('cannot be turned on in production', () => {
    const production = { ...vars, NODE_ENV: 'production', PUSH_LOOPBACK_ENDPOINTS: 'on' as const };
    expect(pushProblem(production)).toBe(
      'PUSH_LOOPBACK_ENDPOINTS: is for tests; leave it off in production',
    );
    expect(pushConfigFrom(production, 'https://praxis.example.org').loopbackEndpoints).toBe(false);
  });
});

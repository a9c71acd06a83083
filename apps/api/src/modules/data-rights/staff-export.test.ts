import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// An organiser's or admin's copy of their data holds what they did, not what others told them
// or who others are: no invitee's address, no flagger's reason, no audit entry's label.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Row = Record<string, unknown>;

async function exportOf(cookie: string): Promise<Record<string, Row[]>> {
  const asked = await t.request({ method: 'POST', url: '/api/account/exports', cookie });
  expect(asked.statusCode).toBe(202);
  await t.app.jobs.idle();
  await t.app.jobs.runDue();
  const download = await t.request({
    method: 'GET',
    url: `/api/account/exports/${asked.json().id}/download`,
    cookie,
  });
  expect(download.statusCode).toBe(200);
  const tables: Record<string, Row[]> = {};
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(download.rawPayload)))) {
    if (!path.endsWith('.json')) continue;
    for (const [table, rows] of Object.entries(JSON.parse(strFromU8(bytes)))) {
      tables[table] = [...(tables[table] ?? []), ...(rows as Row[])];
    }
  }
  return tables;
}

describe('an admin’s data export', () => {
  it('holds their invitations, resolutions and logged actions without others’ data, and their own flags whole', async () => {
    const admin = await createMember(t.database.db, { role: 'admin' });
    const cookie = await t.signIn(admin.email, TEST_PASSWORD);
    const flagger = await createMember(t.database.db);
    const flaggerCookie = await t.signIn(flagger.email, TEST_PASSWORD);

    const invited = await t.request({
      method: 'POST',
      url: '/api/invitations',
      cookie,
      payload: { email: 'someone.else@example.org' },
    });
    expect(invited.statusCode).toBe(201);
    const thread = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: flaggerCookie,
      payload: { kind: 'discussion', title: 'A thread to flag', body: 'Its body' },
    });
    const flag = (who: string, reason: string) =>
      t.request({
        method: 'POST',
        url: `/api/threads/${thread.json().id}/flags`,
        cookie: who,
        payload: { reason },
      });
    expect((await flag(flaggerCookie, 'The flagger’s own words')).statusCode).toBe(204);
    expect((await flag(cookie, 'The admin’s own words')).statusCode).toBe(204);
    const open = await t.request({ method: 'GET', url: '/api/flags', cookie });
    const theirs = (open.json().flags as { id: string; flaggedBy: { id: string } }[]).find(
      (each) => each.flaggedBy.id === flagger.id,
    );
    const resolved = await t.request({
      method: 'POST',
      url: `/api/flags/${theirs?.id}/resolve`,
      cookie,
    });
    expect(resolved.statusCode).toBe(204);

    const tables = await exportOf(cookie);
    const sent = (tables.invitations ?? []).find((row) => row.id === invited.json().id);
    expect(Object.keys(sent ?? {}).sort()).toEqual(
      [
        'acceptedAt',
        'cohortId',
        'createdAt',
        'expiresAt',
        'id',
        'invitedById',
        'revokedAt',
        'role',
        'status',
      ].sort(),
    );
    expect(sent).toMatchObject({ invitedById: admin.id, role: 'member', status: 'pending' });

    const flags = tables.flags ?? [];
    expect(flags.find((row) => row.id === theirs?.id)).toEqual({
      id: theirs?.id,
      resolvedById: admin.id,
      resolvedAt: expect.any(String),
    });
    expect(flags.find((row) => row.memberId === admin.id)).toMatchObject({
      reason: 'The admin’s own words',
    });

    const logged = tables.audit_entries ?? [];
    expect(logged.map((row) => row.action).sort()).toEqual(['flag.resolved', 'invitation.sent']);
    for (const row of logged) {
      expect(Object.keys(row).sort()).toEqual(
        ['action', 'actorId', 'at', 'id', 'targetId', 'targetType'].sort(),
      );
    }
    const shown = JSON.stringify([tables.invitations, flags, logged]);
    expect(shown).not.toContain('someone.else@example.org');
    expect(shown).not.toContain('The flagger’s own words');
    expect(shown).not.toContain(flagger.id);
  });
});

import { auditEntries } from '@praxis/db/schema/audit';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../../testing/test-app.ts';

// The audit log keeps its entries about an erased member (a record others answer for), but none
// of them says any more who the member was: not their address, name, or the words of their flags.

let t: TestApp;
let adminCookie: string;
const DAY_MS = 24 * 60 * 60 * 1000;
const ADDRESS = 'xenia.traceable@example.org';
const NAME = 'Xenia Traceable';
const REASON = 'Xenia thinks this names her manager';

beforeAll(async () => {
  t = await createTestApp();
  const admin = await createMember(t.database.db, { role: 'admin' });
  adminCookie = await t.signIn(admin.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
});

async function auditAsAdmin(): Promise<string> {
  const page = await t.request({ method: 'GET', url: '/api/audit?limit=100', cookie: adminCookie });
  const csv = await t.request({ method: 'GET', url: '/api/audit.csv', cookie: adminCookie });
  expect([page.statusCode, csv.statusCode]).toEqual([200, 200]);
  return `${page.body}\n${csv.body}`;
}

describe('the audit log, once an invited member’s account is erased', () => {
  it('keeps the entries but no longer shows their address, name or flag reasons', async () => {
    const invited = await t.request({
      method: 'POST',
      url: '/api/invitations',
      cookie: adminCookie,
      payload: { email: ADDRESS },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const token = invited.json().url.split('/invite/')[1];
    const accepted = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: NAME, password: 'a good long passphrase' },
    });
    expect(accepted.statusCode).toBe(201);
    const xenia = accepted.json().member as { id: string };
    const cookie = sessionCookie(accepted);

    const thread = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: adminCookie,
      payload: { kind: 'discussion', title: 'Something to flag', body: 'A post' },
    });
    const flagged = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.json().id}/flags`,
      cookie,
      payload: { reason: REASON },
    });
    expect(flagged.statusCode).toBe(204);
    const [flag] = (
      await t.request({ method: 'GET', url: '/api/flags', cookie: adminCookie })
    ).json().flags as { id: string }[];
    const resolved = await t.request({
      method: 'POST',
      url: `/api/flags/${flag?.id}/resolve`,
      cookie: adminCookie,
    });
    expect(resolved.statusCode).toBe(204);
    // What entries written before names stopped being copied into details held.
    await t.database.db.insert(auditEntries).values([
      {
        actorName: 'An organiser',
        action: 'meetup.attendance_marked',
        targetType: 'meetup',
        details: { memberId: xenia.id, memberName: NAME },
      },
      {
        actorName: 'An organiser',
        action: 'flag.resolved',
        targetType: 'flag',
        targetId: flag?.id,
        details: { flagReason: REASON },
      },
    ]);
    const before = await auditAsAdmin();
    expect(before).toContain(ADDRESS);
    expect(before).toContain(NAME);

    const deleted = await t.request({
      method: 'POST',
      url: '/api/account/deletion',
      cookie,
      payload: { mode: 'keep_posts', password: 'a good long passphrase' },
    });
    expect(deleted.statusCode).toBe(200);
    await t.app.jobs.runDue({ now: new Date(Date.now() + 31 * DAY_MS) });

    const after = await auditAsAdmin();
    for (const trace of [ADDRESS, NAME, REASON, 'xenia']) {
      expect(after.toLowerCase()).not.toContain(trace.toLowerCase());
    }
    const entries = await t.database.db
      .select({ action: auditEntries.action, label: auditEntries.targetLabel })
      .from(auditEntries)
      .where(eq(auditEntries.targetId, invited.json().id));
    expect(entries).toEqual([{ action: 'invitation.sent', label: null }]);
    expect(after).toContain('meetup.attendance_marked');
    expect(after).toContain(xenia.id);
  });
});

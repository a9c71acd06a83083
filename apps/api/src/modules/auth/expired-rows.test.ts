import { passwordResets, sessions } from '@praxis/db/schema/auth';
import { rateLimitBuckets } from '@praxis/db/schema/throttle';
import { createMember } from '@praxis/db/testing/factories';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteOldWindows } from '../../plugins/throttle.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { deleteExpiredAuthRows } from './auth.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const HOUR = 60 * 60 * 1000;

describe('deleteExpiredAuthRows and deleteOldWindows', () => {
  it('deletes ended sessions, expired reset links and old rate windows, and keeps live ones', async () => {
    const { db } = t.database;
    const member = await createMember(db);
    const now = new Date();
    const at = (hours: number) => new Date(+now + hours * HOUR);
    await db.insert(sessions).values([
      { id: 'ended', userId: member.id, expiresAt: at(-1) },
      { id: 'live', userId: member.id, expiresAt: at(24) },
    ]);
    await db.insert(passwordResets).values([
      { memberId: member.id, tokenHash: 'expired-reset', expiresAt: at(-2) },
      { memberId: member.id, tokenHash: 'live-reset', expiresAt: at(1) },
    ]);
    await db.insert(rateLimitBuckets).values([
      { key: 'sweep:old', windowStartedAt: at(-30), hits: 3 },
      { key: 'sweep:recent', windowStartedAt: at(-1), hits: 3 },
    ]);

    expect(await deleteExpiredAuthRows(db, now)).toBe(2);
    expect(await deleteOldWindows(db, now)).toBe(1);

    const left = await Promise.all([
      db
        .select({ id: sessions.id })
        .from(sessions)
        .where(inArray(sessions.id, ['ended', 'live'])),
      db
        .select({ hash: passwordResets.tokenHash })
        .from(passwordResets)
        .where(inArray(passwordResets.tokenHash, ['expired-reset', 'live-reset'])),
      db
        .select({ key: rateLimitBuckets.key })
        .from(rateLimitBuckets)
        .where(inArray(rateLimitBuckets.key, ['sweep:old', 'sweep:recent'])),
    ]);
    expect(left).toEqual([[{ id: 'live' }], [{ hash: 'live-reset' }], [{ key: 'sweep:recent' }]]);
  });
});

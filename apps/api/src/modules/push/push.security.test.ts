import { randomUUID } from 'node:crypto';
import { sessions } from '@praxis/db/schema/auth';
import { pushSubscriptions } from '@praxis/db/schema/push';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pushTestApp } from '../../testing/push-members.ts';

const app = pushTestApp();
const { member, postSubscription, subscribe } = app;

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

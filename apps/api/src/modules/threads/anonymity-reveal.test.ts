import type { RevealedAuthor } from '@praxis/contracts/anonymity';
import { auditEntries } from '@praxis/db/schema/audit';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnonymityCast, anonymityCast } from '../../testing/anonymity-cast.ts';
import type { TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let amra: AnonymityCast['amra'];
let bruno: AnonymityCast['bruno'];
let organiser: AnonymityCast['organiser'];
let cohort: AnonymityCast['cohort'];
let ask: AnonymityCast['ask'];
let reply: AnonymityCast['reply'];

beforeAll(async () => {
  ({ t, amra, bruno, organiser, cohort, ask, reply } = await anonymityCast());
});
afterAll(() => t.close());

describe('POST /api/threads/:id/author and /replies/:replyId/author', () => {
  it('returns 403 to a member, the author included, and audits nothing', async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    for (const cookie of [bruno.cookie, amra.cookie]) {
      const response = await t.request({
        method: 'POST',
        url: `/api/threads/${thread.id}/author`,
        cookie,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toBe(
        'Only organisers and admins can see who wrote an anonymous post.',
      );
    }
    const entries = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.targetId, thread.id));
    expect(entries).toEqual([]);
  });

  it('tells an organiser who wrote a thread, and writes an audit entry for each look', async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    for (let look = 0; look < 2; look += 1) {
      const response = await t.request({
        method: 'POST',
        url: `/api/threads/${thread.id}/author`,
        cookie: organiser.cookie,
      });
      expect(response.statusCode, response.body).toBe(200);
      const revealed = response.json() as RevealedAuthor;
      expect(revealed.author).toMatchObject({ id: amra.id, handle: 'amra', name: 'Amra Hadžić' });
      expect(revealed.anonymousAs).toEqual({ cohort });
    }
    const entries = await t.database.db
      .select({
        action: auditEntries.action,
        actorId: auditEntries.actorId,
        targetType: auditEntries.targetType,
      })
      .from(auditEntries)
      .where(eq(auditEntries.targetId, thread.id));
    expect(entries).toEqual([
      { action: 'thread.author_revealed', actorId: organiser.id, targetType: 'thread' },
      { action: 'thread.author_revealed', actorId: organiser.id, targetType: 'thread' },
    ]);
  });

  it('tells an organiser who wrote a reply, audited as a reply', async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const response = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/replies/${own.id}/author`,
      cookie: organiser.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as RevealedAuthor).author.id).toBe(amra.id);
    const [entry] = await t.database.db
      .select({ action: auditEntries.action, details: auditEntries.details })
      .from(auditEntries)
      .where(eq(auditEntries.targetId, own.id));
    expect(entry).toEqual({ action: 'reply.author_revealed', details: { threadId: thread.id } });
  });

  it('returns 409 for a named post', async () => {
    const thread = await ask(bruno.cookie, null);
    const response = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/author`,
      cookie: organiser.cookie,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      'This post is not anonymous: its author is shown to everyone.',
    );
  });
});

describe('DELETE /api/threads/:id/replies/:replyId by an organiser', () => {
  it('audits the deletion of an anonymous reply without naming its author', async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/replies/${own.id}`,
      cookie: organiser.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    const entries = await t.database.db
      .select({ action: auditEntries.action, details: auditEntries.details })
      .from(auditEntries)
      .where(eq(auditEntries.targetId, own.id));
    expect(entries).toEqual([{ action: 'reply.deleted', details: { threadId: thread.id } }]);
  });
});

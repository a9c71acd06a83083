import type { ThreadDetail } from '@praxis/contracts/threads';
import { notifications } from '@praxis/db/schema/notifications';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { notificationsByIds } from '../notifications/notifications.mail.ts';
import { pushMessageOf } from './push.templates.ts';

// A push leaves Praxis like a mail: it names an anonymous author only as their post does, and
// carries no off-the-record words.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function person(name: string) {
  const member = await createMember(t.database.db, { name });
  const cookie = await t.signIn(member.email, TEST_PASSWORD);
  const account = { id: member.id, email: member.email, name, role: 'member' as const };
  return { ...account, cookie, account: { ...account, locale: null } };
}

async function post(cookie: string, url: string, payload: Record<string, unknown>) {
  const response = await t.request({ method: 'POST', url, cookie, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

/** The push the member's only notification makes, in `locale`. */
async function onlyPushTo(member: Awaited<ReturnType<typeof person>>, locale: 'en' | 'fr') {
  const [row] = await t.database.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.memberId, member.id));
  const [notification] = await notificationsByIds(t.database.db, row ? [row.id] : []);
  if (!notification) throw new Error('no notification');
  return pushMessageOf(t.database.db, member.account, locale, notification, 'http://praxis.test');
}

describe('pushes about anonymous and off-the-record replies', () => {
  it('name a member of the cohort, never the replier, and quote nothing', async () => {
    const author = await person('Asha Author');
    const replier = await person('Hidden Hannelore');
    // Five at least, or the cohort is too small to hide among.
    const quiet = [];
    for (let index = 0; index < 3; index += 1) quiet.push((await createMember(t.database.db)).id);
    const cohort = await createCohort(t.database.db, {
      name: 'Transfo 2025',
      memberIds: [author.id, replier.id, ...quiet],
    });
    const thread = await post(author.cookie, '/api/threads', {
      kind: 'discussion',
      title: 'Failing in public',
      body: 'Tell us.',
    });
    await post(replier.cookie, `/api/threads/${thread.id}/replies`, {
      body: 'Between us: tamarinesque.',
      anonymous: { cohortId: cohort.id },
      offRecord: true,
    });

    const push = await onlyPushTo(author, 'en');
    expect(push.title).toBe('A member of Transfo 2025 replied in “Failing in public”');
    expect(push.body).toBe('');
    expect(push.url).toMatch(new RegExp(`^http://praxis\\.test/threads/${thread.id}#reply-`));
    expect(JSON.stringify(push)).not.toContain('Hannelore');
    expect(JSON.stringify(push)).not.toContain('tamarinesque');
    // French puts no-break spaces inside its quotation marks.
    expect((await onlyPushTo(author, 'fr')).title.replace(/\s/g, ' ')).toBe(
      'Un membre de Transfo 2025 a répondu dans « Failing in public »',
    );
  });
});

import { attachments } from '@praxis/db/schema/attachments';
import { auditEntries } from '@praxis/db/schema/audit';
import { messages, rooms } from '@praxis/db/schema/chat';
import { notifications } from '@praxis/db/schema/notifications';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { applyRetention, monthsBefore } from './retention.service.ts';

let t: TestApp;
let adminCookie: string;
let organiserCookie: string;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const admin = await createMember(db, { role: 'admin' });
  adminCookie = await t.signIn(admin.email, TEST_PASSWORD);
  const organiser = await createMember(db, { role: 'organiser' });
  organiserCookie = await t.signIn(organiser.email, TEST_PASSWORD);
  const author = await createMember(db);

  // A room of the network and a direct conversation, each with messages of 400, 200 and 10
  // days ago: a 6-month limit takes the first two of each.
  const made = await db
    .insert(rooms)
    .values([{ kind: 'network' }, { kind: 'direct', directKey: 'retention-test' }])
    .returning({ id: rooms.id });
  let seq = 0;
  for (const room of made) {
    for (const days of [400, 200, 10]) {
      seq += 1;
      await db.insert(messages).values({
        roomId: room.id,
        seq,
        change: seq,
        authorId: author.id,
        clientId: `retention-${seq}`,
        body: `${days} days ago`,
        html: `<p>${days} days ago</p>`,
        createdAt: daysAgo(days),
      });
    }
  }
  // The oldest message carries a file, which goes with it.
  const [oldest] = await db
    .select({ id: messages.id })
    .from(messages)
    .orderBy(messages.createdAt)
    .limit(1);
  await db.insert(attachments).values({
    uploaderId: author.id,
    ownerKind: 'message',
    ownerId: oldest?.id,
    kind: 'pdf',
    fileName: 'minutes.pdf',
    mediaType: 'application/pdf',
    byteSize: 4,
    content: Buffer.from('%PDF'),
  });
  // Read and old, read and recent, unread and old: only the first goes.
  await db.insert(notifications).values([
    { memberId: author.id, kind: 'reply', createdAt: daysAgo(400), readAt: daysAgo(399) },
    { memberId: author.id, kind: 'reply', createdAt: daysAgo(10), readAt: daysAgo(9) },
    { memberId: author.id, kind: 'reply', createdAt: daysAgo(400) },
  ]);
});
afterAll(async () => {
  await t.close();
});

describe('retention limits', () => {
  it('counts what limits would delete, before anything is saved', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/admin/retention/preview?chatMonths=6&readNotificationMonths=12',
      cookie: adminCookie,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ chatMessages: 4, readNotifications: 1 });
  });

  it('refuses months out of range with a 400', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/admin/retention/preview?chatMonths=0',
      cookie: adminCookie,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.chatMonths).toBe(
      'Write a whole number of months from 1 to 240, or leave it empty to keep everything.',
    );
  });

  it('returns 403 to an organiser', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/admin/retention/preview?chatMonths=6',
      cookie: organiserCookie,
    });
    expect(response.statusCode).toBe(403);
  });

  it('deletes nothing while no limit is saved', async () => {
    expect(await applyRetention(t.database.db, now, 'Praxis')).toEqual({
      chatMessages: 0,
      readNotifications: 0,
    });
  });

  it('deletes messages (rooms and direct alike) and read notifications past the limits, audited', async () => {
    const saved = await t.request({
      method: 'PUT',
      url: '/api/admin/settings',
      payload: { retention: { chatMonths: 6, readNotificationMonths: 12 } },
      cookie: adminCookie,
    });
    expect(saved.json().retention).toEqual({ chatMonths: 6, readNotificationMonths: 12 });

    expect(await applyRetention(t.database.db, now, 'Praxis')).toEqual({
      chatMessages: 4,
      readNotifications: 1,
    });
    const left = await t.database.db.select({ body: messages.body }).from(messages);
    expect(left.map(({ body }) => body)).toEqual(['10 days ago', '10 days ago']);
    expect(await t.database.db.select({ id: attachments.id }).from(attachments)).toEqual([]);
    const notificationsLeft = await t.database.db.select().from(notifications);
    expect(
      notificationsLeft.map((row) => [row.readAt !== null, row.createdAt < monthsBefore(now, 12)]),
    ).toEqual(
      expect.arrayContaining([
        [true, false],
        [false, true],
      ]),
    );
    expect(notificationsLeft).toHaveLength(2);
    const [entry] = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'retention.applied'));
    expect(entry).toMatchObject({ actorId: null, actorName: 'Praxis', targetType: 'settings' });
    expect(entry?.details).toEqual({
      chatMessages: 4,
      readNotifications: 1,
      chatMonths: 6,
      readNotificationMonths: 12,
    });

    // A second run finds nothing more, and records nothing.
    expect(await applyRetention(t.database.db, now, 'Praxis')).toEqual({
      chatMessages: 0,
      readNotifications: 0,
    });
    const entries = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'retention.applied'));
    expect(entries).toHaveLength(1);
  });

  it('counts months back by the calendar', () => {
    expect(monthsBefore(new Date('2026-03-15T08:00:00Z'), 14).toISOString()).toBe(
      '2025-01-15T08:00:00.000Z',
    );
  });
});

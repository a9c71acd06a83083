import type { ShowcaseItem, ShowcasePreview } from '@praxis/contracts/showcase';
import { notifications } from '@praxis/db/schema/notifications';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startInboundMailApp } from '../../testing/inbound-mail.ts';
import { buildLessonsNetwork, type LessonsNetwork } from '../../testing/lessons-network.ts';
import { AFTER_WINDOW, inSeconds, mailsTo, settle } from '../../testing/mail-inbox.ts';
import { notificationsByIds } from '../notifications/notifications.mail.ts';
import { pathOf } from '../push/push.templates.ts';

// The people an item names hear of it where they are: by e-mail (through a real SMTP server)
// and on their devices, each leading to the item's page in the app.

let mail: Awaited<ReturnType<typeof startInboundMailApp>>;
let n: LessonsNetwork;

beforeAll(async () => {
  mail = await startInboundMailApp();
  n = await buildLessonsNetwork(mail.t);
});
afterAll(async () => {
  await mail?.close();
});

describe('showcase notifications by e-mail and push', () => {
  it('asks a named member by e-mail, then tells the organiser of their withdrawal, each linking to the item', async () => {
    const { t, smtp } = mail;
    for (const cookie of [n.cookies.bea, n.cookies.org]) {
      await n.ok(cookie, 'PATCH', '/api/email/preferences', { topics: { practice: 'instant' } });
    }
    const { lesson } = await n.lessonQuotingBea('Mailed panel');
    const item = await n.ok<ShowcaseItem>(
      n.cookies.org,
      'POST',
      `/api/showcase/lessons/${lesson.id}`,
    );
    await settle(t.app, inSeconds(AFTER_WINDOW));
    const asked = (await mailsTo(smtp, n.people.bea.email)).filter((sent) =>
      sent.subject?.includes('public showcase'),
    );
    expect(asked.map((sent) => sent.subject)).toEqual([
      'Oli Organiser asks whether “Mailed panel”, which names you, may go to the public showcase',
    ]);
    expect(asked[0]?.text).toContain(`http://praxis.test/published/${item.id}`);

    await n.ok(n.cookies.bea, 'PUT', `/api/showcase/items/${item.id}/consent`, {
      answer: 'declined',
    });
    await settle(t.app, inSeconds(AFTER_WINDOW * 2 + 5));
    const told = (await mailsTo(smtp, n.people.org.email)).filter((sent) =>
      sent.subject?.includes('public showcase'),
    );
    expect(told.map((sent) => sent.subject)).toEqual([
      'Bea Answerer withdrew “Mailed panel” from the public showcase',
    ]);

    const [withdrawn] = await t.database.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.kind, 'showcase_withdrawn'));
    const [row] = await notificationsByIds(t.database.db, [withdrawn?.id ?? '']);
    expect(row && pathOf(row)).toBe(`/published/${item.id}`);
  });

  it('tells the organiser by e-mail when a lesson that changed in the network takes an item down', async () => {
    const { t, smtp } = mail;
    const { lesson } = await n.lessonQuotingBea('Recalled panel');
    const item = await n.ok<ShowcaseItem>(
      n.cookies.org,
      'POST',
      `/api/showcase/lessons/${lesson.id}`,
    );
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/return-to-draft`, {});
    await vi.waitFor(async () =>
      expect(
        (await n.ok<ShowcasePreview>(n.cookies.org, 'GET', `/api/showcase/items/${item.id}`)).item,
      ).toMatchObject({ withdrawal: 'no_longer_qualifies' }),
    );
    await t.app.realtime.settled();
    await settle(t.app, inSeconds(AFTER_WINDOW * 4));
    const told = (await mailsTo(smtp, n.people.org.email)).filter((sent) =>
      sent.subject?.includes('Recalled panel'),
    );
    expect(told.map((sent) => sent.subject)).toEqual([
      '“Recalled panel” came off the public showcase for good: what it was copied from changed in the network',
    ]);
  });
});

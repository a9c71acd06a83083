import type { ShowcaseItem, ShowcaseItemPage, ShowcasePreview } from '@praxis/contracts/showcase';
import { notifications } from '@praxis/db/schema/notifications';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';
import { withdrawNoLongerQualifying } from './showcase-withdrawals.service.ts';

// A pilot that narrows (kept to its cohort, or deleted) takes its live showcase item down for
// good; and the signed-in list finds one lesson's or pilot's items however many others there are.

const { t, n } = lessonsNetworkPerFile();

const SUMMARY = 'A permit desk that answers within a day, run by two agencies together.';

async function pilotItem(name: string) {
  const pilot = await n.ok<{ id: string }>(n.cookies.org, 'POST', '/api/pilots', {
    programmeId: n.cohortA.programmeId,
    cohortId: n.cohortA.id,
    name,
    visibility: 'network',
  });
  const item = await n.ok<ShowcaseItem>(n.cookies.org, 'POST', `/api/showcase/pilots/${pilot.id}`, {
    summary: SUMMARY,
  });
  return { pilot, item };
}

const preview = (id: string) =>
  n.ok<ShowcasePreview>(n.cookies.org, 'GET', `/api/showcase/items/${id}`);

async function expectWithdrawn(item: ShowcaseItem) {
  await vi.waitFor(async () => expect((await preview(item.id)).item.status).toBe('withdrawn'));
  await t.app.realtime.settled();
  return (await preview(item.id)).item;
}

/** The organiser's notifications that an item was withdrawn, with the reason they carry. */
const toldOf = async (itemId: string) =>
  (
    await t.database.db
      .select({ detail: notifications.detail })
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'showcase_withdrawn'),
          sql`${notifications.detail}->>'showcaseItemId' = ${itemId}`,
        ),
      )
  ).map((row) => row.detail.withdrawal);

describe('a pilot that narrows', () => {
  it('takes its item down for good when kept to its cohort, telling the organiser once', async () => {
    const { pilot, item } = await pilotItem('Kept desk');
    await n.ok(n.cookies.org, 'PATCH', `/api/pilots/${pilot.id}`, { visibility: 'cohort' });
    const now = await expectWithdrawn(item);
    expect([now.withdrawal, now.pilotId]).toEqual(['no_longer_qualifies', pilot.id]);
    // Another instance hearing the same event finds nothing left to withdraw.
    await withdrawNoLongerQualifying(t.database.db, { pilotId: pilot.id });
    expect(await toldOf(item.id)).toEqual(['no_longer_qualifies']);
    await n.ok(n.cookies.org, 'PATCH', `/api/pilots/${pilot.id}`, { visibility: 'network' });
    await t.app.realtime.settled();
    expect((await preview(item.id)).item.status).toBe('withdrawn');
  });

  it('takes its item down when the pilot is deleted', async () => {
    const { pilot, item } = await pilotItem('Deleted desk');
    await n.ok(n.cookies.org, 'DELETE', `/api/pilots/${pilot.id}`);
    const now = await expectWithdrawn(item);
    expect([now.withdrawal, now.pilotId]).toEqual(['no_longer_qualifies', null]);
    expect(await toldOf(item.id)).toEqual(['no_longer_qualifies']);
  });

  it('leaves other pilots’ items alone', async () => {
    const { item: kept } = await pilotItem('Untouched desk');
    const { pilot } = await pilotItem('Narrowed desk');
    await n.ok(n.cookies.org, 'PATCH', `/api/pilots/${pilot.id}`, { visibility: 'cohort' });
    await t.app.realtime.settled();
    expect((await preview(kept.id)).item.status).toBe('awaiting_consent');
  });
});

describe('GET /api/showcase/items?lessonId=…&pilotId=…', () => {
  it('lists only the items of one pilot or lesson, past a full first page of others', async () => {
    const { pilot, item } = await pilotItem('Filtered desk');
    for (let index = 0; index < 21; index += 1) await pilotItem(`Other desk ${index}`);
    const all = await n.ok<ShowcaseItemPage>(n.cookies.org, 'GET', '/api/showcase/items?scope=all');
    expect(all.items.map((each) => each.id)).not.toContain(item.id);
    const mine = await n.ok<ShowcaseItemPage>(
      n.cookies.org,
      'GET',
      `/api/showcase/items?scope=all&pilotId=${pilot.id}`,
    );
    expect([mine.items.map((each) => each.id), mine.nextCursor]).toEqual([[item.id], null]);
    const story = await n.story(n.cookies.org, 'Filtered lesson story');
    const lesson = await n.published(n.cookies.org, { threadId: story });
    const lessonItem = await n.ok<ShowcaseItem>(
      n.cookies.org,
      'POST',
      `/api/showcase/lessons/${lesson.id}`,
    );
    const ofLesson = await n.ok<ShowcaseItemPage>(
      n.cookies.org,
      'GET',
      `/api/showcase/items?scope=all&lessonId=${lesson.id}`,
    );
    expect(ofLesson.items.map((each) => each.id)).toEqual([lessonItem.id]);
  });

  it('keeps a member’s list to the items naming them, and refuses an id that is not one', async () => {
    const { pilot } = await pilotItem('Not Bea’s desk');
    const beas = await n.ok<ShowcaseItemPage>(
      n.cookies.bea,
      'GET',
      `/api/showcase/items?pilotId=${pilot.id}`,
    );
    expect(beas).toEqual({ items: [], nextCursor: null });
    expect(
      refusal(await n.call(n.cookies.org, 'GET', '/api/showcase/items?scope=all&lessonId=x')),
    ).toEqual([400, 'Not a lesson id: choose the lesson whose showcase items to list.']);
    expect(
      refusal(await n.call(n.cookies.org, 'GET', '/api/showcase/items?scope=all&pilotId=x')),
    ).toEqual([400, 'Not a pilot id: choose the pilot whose showcase items to list.']);
  });
});

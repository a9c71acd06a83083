import type { LessonDetail } from '@praxis/contracts/lessons';
import type { NotificationPage } from '@praxis/contracts/notifications';
import type { ShowcaseItem, ShowcasePreview } from '@praxis/contracts/showcase';
import { lessons } from '@praxis/db/schema/lessons';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';

// What happens in the library reaches the showcase: a translation names its original's authors,
// and a lesson that narrows (a source declines, it leaves the library, is kept to some cohorts,
// draws on a source gone off the record, or is deleted) takes every live item of it down for good.

const { t, n } = lessonsNetworkPerFile();

const ask = (lessonId: string) =>
  n.ok<ShowcaseItem>(n.cookies.org, 'POST', `/api/showcase/lessons/${lessonId}`);
const answer = (cookie: string, id: string, value: string) =>
  n.call(cookie, 'PUT', `/api/showcase/items/${id}/consent`, { answer: value });
const preview = (id: string) =>
  n.ok<ShowcasePreview>(n.cookies.org, 'GET', `/api/showcase/items/${id}`);
const publicPage = async (item: ShowcaseItem) =>
  (await t.request({ method: 'GET', url: new URL(item.publicUrl ?? '').pathname })).statusCode;

/** Out on the public showcase: Bea and the organiser both consented. */
async function published(lessonId: string) {
  const item = await ask(lessonId);
  await answer(n.cookies.bea, item.id, 'name');
  const out = (await answer(n.cookies.org, item.id, 'name')).json() as ShowcasePreview;
  expect(await publicPage(out.item)).toBe(200);
  return out.item;
}

/** Waits for the library's event to be heard: the item withdrawn as no longer qualifying. */
async function expectWithdrawn(item: ShowcaseItem) {
  await vi.waitFor(async () => expect((await preview(item.id)).item.status).toBe('withdrawn'));
  await t.app.realtime.settled();
  const now = (await preview(item.id)).item;
  expect([now.status, now.withdrawal, now.publicUrl]).toEqual([
    'withdrawn',
    'no_longer_qualifies',
    null,
  ]);
  const told = await n.ok<NotificationPage>(n.cookies.org, 'GET', '/api/notifications');
  expect(
    told.notifications
      .filter((each) => each.detail.showcaseItemId === item.id)
      .map((each) => [each.kind, each.detail.withdrawal]),
  ).toContainEqual(['showcase_withdrawn', 'no_longer_qualifies']);
  return now;
}

const translate = (lessonId: string, title: string) =>
  n.ok<LessonDetail>(n.cookies.nia, 'POST', `/api/lessons/${lessonId}/translations`, {
    language: 'fr',
    title,
    sections: { problem: 'P', tried: 'T', evidence: '', caveats: '', useWhen: '' },
  });

describe('a translation on the showcase', () => {
  it('names its original’s authors, who see it and whose no takes it down', async () => {
    const story = await n.story(n.cookies.ann, 'Otter ledger story');
    const original = await n.published(n.cookies.ann, { threadId: story });
    const translation = await translate(original.id, 'Le registre de la loutre');
    const item = await ask(translation.id);
    // Named in one go: in no particular order between them.
    expect(item.credits.map((credit) => [credit.member.name, credit.role]).sort()).toEqual([
      ['Ann Author', 'author'],
      ['Nia Network', 'author'],
    ]);
    const seen = await n.ok<ShowcasePreview>(
      n.cookies.ann,
      'GET',
      `/api/showcase/items/${item.id}`,
    );
    expect(seen.myAnswer).toBe('pending');
    const declined = (await answer(n.cookies.ann, item.id, 'declined')).json() as ShowcasePreview;
    expect(declined.item).toMatchObject({ status: 'withdrawn', withdrawal: 'consent_declined' });
  });
});

describe('a lesson that narrows in the library', () => {
  it('takes a public item down for good when a quoted source withdraws their consent', async () => {
    const { lesson } = await n.lessonQuotingBea('Kestrel budget story');
    const item = await published(lesson.id);
    const source = lesson.sources.find((each) => each.author?.id === n.people.bea.id);
    await n.ok(n.cookies.bea, 'PUT', `/api/lessons/${lesson.id}/sources/${source?.id}/consent`, {
      quote: false,
    });
    await expectWithdrawn(item);
    expect(await publicPage(item)).toBe(410);
    expect(refusal(await answer(n.cookies.bea, item.id, 'name'))).toEqual([
      409,
      'This item was withdrawn for good; ask an organiser to publish it again.',
    ]);
  });

  it('keeps it down when the lesson goes back to draft and is published again', async () => {
    const { lesson } = await n.lessonQuotingBea('Lynx budget story');
    const item = await published(lesson.id);
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/return-to-draft`, {});
    await expectWithdrawn(item);
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/submit`);
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/publish`, {});
    expect((await preview(item.id)).item.status).toBe('withdrawn');
    expect(await publicPage(item)).toBe(410);
  });

  it('never shows an old copy of a lesson published again after it was asked for, event or not', async () => {
    const { lesson } = await n.lessonQuotingBea('Marten budget story');
    const item = await published(lesson.id);
    // As if it left the library and came back while no instance heard of it.
    await t.database.db
      .update(lessons)
      .set({ publishedAt: sql`now() + interval '1 minute'` })
      .where(eq(lessons.id, lesson.id));
    await n.ok(n.cookies.bea, 'PUT', `/api/showcase/items/${item.id}/consent`, { answer: 'name' });
    await vi.waitFor(async () => expect(await publicPage(item)).toBe(404));
  });

  it('takes a waiting item down when the lesson is kept to some cohorts', async () => {
    const { lesson } = await n.lessonQuotingBea('Badger budget story');
    const item = await ask(lesson.id);
    await n.ok(n.cookies.org, 'PATCH', `/api/lessons/${lesson.id}`, {
      audienceCohortIds: [n.cohortA.id],
    });
    await expectWithdrawn(item);
  });

  it('takes a public item down when its story goes off the record', async () => {
    const { lesson, story } = await n.lessonQuotingBea('Stoat budget story');
    const item = await published(lesson.id);
    await n.ok(n.cookies.org, 'PATCH', `/api/threads/${story}`, { offRecord: true });
    await expectWithdrawn(item);
    expect(await publicPage(item)).toBe(410);
  });

  it('takes a translation’s item down when an organiser deletes the translation', async () => {
    const { lesson } = await n.lessonQuotingBea('Weasel budget story');
    const translation = await translate(lesson.id, 'Histoire de la belette');
    const item = await ask(translation.id);
    await n.ok(n.cookies.org, 'DELETE', `/api/lessons/${translation.id}`);
    const now = await expectWithdrawn(item);
    expect(now.lessonId).toBeNull();
  });

  it('takes a translation’s item down with its original when a source declines', async () => {
    const { lesson } = await n.lessonQuotingBea('Ferret budget story');
    const translation = await translate(lesson.id, 'Histoire du furet');
    const item = await ask(translation.id);
    const source = lesson.sources.find((each) => each.author?.id === n.people.bea.id);
    await n.ok(n.cookies.bea, 'PUT', `/api/lessons/${lesson.id}/sources/${source?.id}/consent`, {
      quote: false,
    });
    await expectWithdrawn(item);
  });

  it('leaves the item alone when an organiser edits the lesson in place', async () => {
    const { lesson } = await n.lessonQuotingBea('Beaver budget story');
    const item = await published(lesson.id);
    await n.ok(n.cookies.org, 'PATCH', `/api/lessons/${lesson.id}`, { tags: ['edited'] });
    await t.app.realtime.settled();
    expect((await preview(item.id)).item.status).toBe('published');
    expect(await publicPage(item)).toBe(200);
  });
});

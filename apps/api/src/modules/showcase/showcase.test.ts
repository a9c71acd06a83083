import type { NotificationPage } from '@praxis/contracts/notifications';
import type { ShowcaseItem, ShowcaseItemPage, ShowcasePreview } from '@praxis/contracts/showcase';
import { auditEntries } from '@praxis/db/schema/audit';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';

// From an organiser's request to the public showcase and back: everyone named consents, one
// "no" withdraws the item for good, and how each is shown can change while it is out.

const { t, n } = lessonsNetworkPerFile();

const ask = (lessonId: string) =>
  n.ok<ShowcaseItem>(n.cookies.org, 'POST', `/api/showcase/lessons/${lessonId}`);
const answer = (cookie: string, id: string, value: string) =>
  n.call(cookie, 'PUT', `/api/showcase/items/${id}/consent`, { answer: value });
const answers = (item: ShowcaseItem) =>
  Object.fromEntries(
    item.credits.map((credit) => [credit.member.name, [credit.role, credit.answer]]),
  );

async function kindsFor(cookie: string) {
  const page = await n.ok<NotificationPage>(cookie, 'GET', '/api/notifications');
  return page.notifications.map((notification) => [notification.kind, notification.detail.title]);
}

describe('POST /api/showcase/lessons/:lessonId', () => {
  it('copies the lesson and names its authors and the sources that agreed, each still to answer', async () => {
    const { lesson } = await n.lessonQuotingBea('Citizens’ panel on budgets');
    const item = await ask(lesson.id);
    expect(item).toMatchObject({
      kind: 'lesson',
      status: 'awaiting_consent',
      withdrawal: null,
      title: 'Citizens’ panel on budgets',
      lessonId: lesson.id,
      pilotId: null,
      publicUrl: null,
      publishedAt: null,
    });
    expect(answers(item)).toEqual({
      'Oli Organiser': ['author', 'pending'],
      'Bea Answerer': ['source', 'pending'],
    });
    expect(await kindsFor(n.cookies.bea)).toContainEqual([
      'showcase_consent_requested',
      'Citizens’ panel on budgets',
    ]);
    const [entry] = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.targetId, item.id));
    expect(entry).toMatchObject({ action: 'showcase.requested', targetLabel: item.title });
  });
});

describe('PUT /api/showcase/items/:id/consent', () => {
  it('publishes the item when the last person named consents, with a public address of words', async () => {
    const item = await ask((await n.lessonQuotingBea('Open budgets for all')).lesson.id);
    const first = await answer(n.cookies.bea, item.id, 'organisation');
    expect(first.statusCode, first.body).toBe(200);
    expect((first.json() as ShowcasePreview).item.status).toBe('awaiting_consent');
    expect((first.json() as ShowcasePreview).myAnswer).toBe('organisation');
    const last = (await answer(n.cookies.org, item.id, 'name')).json() as ShowcasePreview;
    expect(last.item.status).toBe('published');
    expect(last.item.publishedAt).not.toBeNull();
    expect(last.item.publicUrl).toMatch(
      /^http:\/\/praxis\.test\/showcase\/en\/lessons\/open-budgets-for-all-[a-z0-9]{8}$/,
    );
    expect(answers(last.item)).toEqual({
      'Oli Organiser': ['author', 'name'],
      'Bea Answerer': ['source', 'organisation'],
    });
    expect(await kindsFor(n.cookies.bea)).toContainEqual([
      'showcase_published',
      'Open budgets for all',
    ]);
  });

  it('changes how a person is shown at once while the item is out', async () => {
    const item = await ask((await n.lessonQuotingBea('Shown as you like')).lesson.id);
    await answer(n.cookies.bea, item.id, 'name');
    await answer(n.cookies.org, item.id, 'name');
    const changed = (await answer(n.cookies.bea, item.id, 'hidden')).json() as ShowcasePreview;
    expect(changed.item.status).toBe('published');
    expect(answers(changed.item)['Bea Answerer']).toEqual(['source', 'hidden']);
  });

  it('withdraws a waiting item for good when one person declines, and tells the organiser', async () => {
    const item = await ask((await n.lessonQuotingBea('Declined at once')).lesson.id);
    const declined = (await answer(n.cookies.bea, item.id, 'declined')).json() as ShowcasePreview;
    expect(declined.item).toMatchObject({ status: 'withdrawn', withdrawal: 'consent_declined' });
    expect(await kindsFor(n.cookies.org)).toContainEqual([
      'showcase_withdrawn',
      'Declined at once',
    ]);
    expect(refusal(await answer(n.cookies.org, item.id, 'name'))).toEqual([
      409,
      'This item was withdrawn for good; ask an organiser to publish it again.',
    ]);
  });

  it('takes a published item down at once when a person withdraws consent, and it can be asked for again', async () => {
    const { lesson } = await n.lessonQuotingBea('Out, then withdrawn');
    const item = await ask(lesson.id);
    await answer(n.cookies.bea, item.id, 'name');
    await answer(n.cookies.org, item.id, 'name');
    const withdrawn = (await answer(n.cookies.bea, item.id, 'declined')).json() as ShowcasePreview;
    expect(withdrawn.item).toMatchObject({
      status: 'withdrawn',
      withdrawal: 'consent_withdrawn',
      publicUrl: null,
    });
    expect(withdrawn.item.withdrawnAt).not.toBeNull();
    const again = await ask(lesson.id);
    expect(again.id).not.toBe(item.id);
  });

  it('answers 404 to a member the item does not name, and 400 to an answer it does not know', async () => {
    const item = await ask((await n.lessonQuotingBea('Not yours to answer')).lesson.id);
    expect(refusal(await answer(n.cookies.out, item.id, 'name'))).toEqual([
      404,
      'This showcase item does not exist, or you cannot see it.',
    ]);
    const bad = await answer(n.cookies.bea, item.id, 'maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({
      answer: 'Choose how to be shown: by name, by organisation only, not at all, or decline.',
    });
    const pending = await n.call(n.cookies.bea, 'PUT', `/api/showcase/items/${item.id}/consent`, {
      answer: 'pending',
    });
    expect(pending.statusCode).toBe(400);
    expect(refusal(await answer(n.cookies.bea, 'not-an-id', 'name'))).toEqual([
      400,
      'Not a showcase item id.',
    ]);
  });
});

describe('GET /api/showcase/items and /api/showcase/items/:id', () => {
  it('shows a named member exactly what goes out, and nobody else that it exists', async () => {
    const item = await ask((await n.lessonQuotingBea('What goes out')).lesson.id);
    const preview = await n.ok<ShowcasePreview>(
      n.cookies.bea,
      'GET',
      `/api/showcase/items/${item.id}`,
    );
    expect(preview).toMatchObject({ language: 'en', myAnswer: 'pending', summaryHtml: null });
    expect(preview.sectionsHtml?.problem).toContain('<p>');
    expect(refusal(await n.call(n.cookies.out, 'GET', `/api/showcase/items/${item.id}`))).toEqual([
      404,
      'This showcase item does not exist, or you cannot see it.',
    ]);
  });

  it('lists a member the items naming them, and every item to organisers only', async () => {
    const item = await ask((await n.lessonQuotingBea('Listed for Bea')).lesson.id);
    const mine = await n.ok<ShowcaseItemPage>(n.cookies.bea, 'GET', '/api/showcase/items');
    expect(mine.items.map((listed) => listed.id)).toContain(item.id);
    const outs = await n.ok<ShowcaseItemPage>(n.cookies.out, 'GET', '/api/showcase/items');
    expect(outs).toEqual({ items: [], nextCursor: null });
    expect(refusal(await n.call(n.cookies.bea, 'GET', '/api/showcase/items?scope=all'))).toEqual([
      403,
      'Only organisers can list every showcase item; ask for your own with scope=mine.',
    ]);
    const all = await n.ok<ShowcaseItemPage>(n.cookies.org, 'GET', '/api/showcase/items?scope=all');
    expect(all.items[0]?.id).toBe(item.id);
    const bad = await n.call(n.cookies.org, 'GET', '/api/showcase/items?scope=everyone');
    expect(refusal(bad)).toEqual([400, 'Choose which items to list: mine or all.']);
  });
});

describe('DELETE /api/showcase/items/:id', () => {
  it('lets an organiser withdraw an item for good, audited, and only once', async () => {
    const item = await ask((await n.lessonQuotingBea('Unpublished by hand')).lesson.id);
    expect(
      refusal(await n.call(n.cookies.bea, 'DELETE', `/api/showcase/items/${item.id}`)),
    ).toEqual([403, 'Only organisers can publish to the public showcase.']);
    const withdrawn = await n.ok<ShowcaseItem>(
      n.cookies.org,
      'DELETE',
      `/api/showcase/items/${item.id}`,
    );
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawal: 'unpublished' });
    expect(
      refusal(await n.call(n.cookies.org, 'DELETE', `/api/showcase/items/${item.id}`)),
    ).toEqual([409, 'This item is already withdrawn from the showcase.']);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      refusal(await n.call(n.cookies.org, 'DELETE', `/api/showcase/items/${unknown}`)),
    ).toEqual([404, 'This showcase item does not exist, or you cannot see it.']);
    const entries = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'showcase.unpublished'));
    expect(entries.map((entry) => entry.targetId)).toEqual([item.id]);
  });
});

describe('showcase events', () => {
  it('announces every request, answer and withdrawal, so that public pages drop their copy', async () => {
    const changed: string[] = [];
    const answered: string[] = [];
    const stopChanged = t.app.realtime.on('showcase.changed', ({ itemId }) => {
      changed.push(itemId);
    });
    const stopAnswered = t.app.realtime.on('showcase.answered', ({ answer: given }) => {
      answered.push(given);
    });
    const item = await ask((await n.lessonQuotingBea('Announced')).lesson.id);
    await answer(n.cookies.bea, item.id, 'name');
    await answer(n.cookies.org, item.id, 'organisation');
    await n.ok(n.cookies.org, 'DELETE', `/api/showcase/items/${item.id}`);
    // Delivered after each commit, through the database: waited for, not assumed.
    await vi.waitFor(() => expect(changed).toHaveLength(4));
    await t.app.realtime.settled();
    stopChanged();
    stopAnswered();
    expect(changed).toEqual([item.id, item.id, item.id, item.id]);
    expect(answered).toEqual(['name', 'organisation']);
  });
});

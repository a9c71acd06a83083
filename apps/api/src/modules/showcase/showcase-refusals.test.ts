import type { ShowcaseItem, ShowcasePreview } from '@praxis/contracts/showcase';
import { lessonAudiences, lessonSources } from '@praxis/db/schema/lessons';
import { showcaseItems } from '@praxis/db/schema/showcase';
import { replies, threads } from '@praxis/db/schema/threads';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';

// Every way the showcase says no, with the message a person reads, and the races it must win.

const { t, n } = lessonsNetworkPerFile();
let adminCookie: string;

beforeAll(async () => {
  const admin = await createMember(t.database.db, { role: 'admin' });
  adminCookie = await t.signIn(admin.email, TEST_PASSWORD);
});
const db = () => t.database.db;
const askLesson = (lessonId: string, cookie = n.cookies.org) =>
  n.call(cookie, 'POST', `/api/showcase/lessons/${lessonId}`);
const askPilot = (pilotId: string, summary: string, cookie = n.cookies.org) =>
  n.call(cookie, 'POST', `/api/showcase/pilots/${pilotId}`, { summary });
const SUMMARY = 'A one-stop desk for permits, run with the citizens who use it.';

async function pilot(name: string, visibility: 'network' | 'cohort') {
  return n.ok<{ id: string }>(n.cookies.org, 'POST', '/api/pilots', {
    programmeId: n.cohortA.programmeId,
    cohortId: n.cohortA.id,
    name,
    visibility,
  });
}

describe('POST /api/showcase/lessons/:lessonId refuses, saying why', () => {
  it('a lesson not published in the library', async () => {
    const draft = await n.lesson(n.cookies.ann, {
      threadId: await n.story(n.cookies.ann, 'Draft'),
    });
    expect(refusal(await askLesson(draft.id))).toEqual([
      409,
      'Only a lesson published in the library can go to the showcase: publish it there first.',
    ]);
  });

  it('a lesson for some cohorts only', async () => {
    const { lesson } = await n.lessonQuotingBea('Cohort A’s own lesson', n.cohortA.id);
    expect(refusal(await askLesson(lesson.id))).toEqual([
      409,
      'This lesson is for some cohorts only, and the showcase is public: it cannot go there.',
    ]);
  });

  it('a lesson reaching the network from a cohort-only source its author widened', async () => {
    const { lesson } = await n.lessonQuotingBea('Widened by its author', n.cohortA.id);
    await db().delete(lessonAudiences).where(eq(lessonAudiences.lessonId, lesson.id));
    await db()
      .update(lessonSources)
      .set({ widened: true })
      .where(eq(lessonSources.lessonId, lesson.id));
    expect(refusal(await askLesson(lesson.id))).toEqual([
      409,
      'This lesson draws on a source that only some cohorts see (even if its author let the lesson reach the whole network): it cannot go to the public showcase.',
    ]);
  });

  it('a lesson drawing on a post off the record', async () => {
    const { lesson, story } = await n.lessonQuotingBea('Said in confidence');
    await db().update(threads).set({ offRecord: true }).where(eq(threads.id, story));
    expect(refusal(await askLesson(lesson.id))).toEqual([
      409,
      'This lesson draws on a post or meetup notes that are off the record, which are never quoted outside Praxis: it cannot go to the showcase.',
    ]);
  });

  it('a lesson drawing on an anonymous story or reply', async () => {
    const anonymous =
      "This lesson draws on a post written anonymously: it cannot go to the showcase, which would need its author's consent by name.";
    const { lesson, story } = await n.lessonQuotingBea('Told anonymously');
    await db().update(threads).set({ anonymous: true }).where(eq(threads.id, story));
    expect(refusal(await askLesson(lesson.id))).toEqual([409, anonymous]);
    const question = await n.solvedQuestion(n.cookies.ann, n.cookies.bea, 'share a desk');
    const fromReply = await n.published(
      n.cookies.org,
      { replyId: question.replyId },
      { [n.people.bea.id]: n.cookies.bea, [n.people.ann.id]: n.cookies.ann },
    );
    await db().update(replies).set({ anonymous: true }).where(eq(replies.id, question.replyId));
    expect(refusal(await askLesson(fromReply.id))).toEqual([409, anonymous]);
  });

  it('a lesson already in the showcase, even asked for twice at once', async () => {
    const { lesson } = await n.lessonQuotingBea('Asked for twice');
    const both = await Promise.all([askLesson(lesson.id), askLesson(lesson.id)]);
    expect(both.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const refused = both.find((response) => response.statusCode === 409);
    expect(refused && refusal(refused)).toEqual([
      409,
      'This is already in the showcase, or waiting for consent to go there.',
    ]);
    const live = await db()
      .select()
      .from(showcaseItems)
      .where(eq(showcaseItems.lessonId, lesson.id));
    expect(live).toHaveLength(1);
  });

  it('a member who is not an organiser (403), an unknown lesson (404) and a malformed id (400)', async () => {
    const { lesson } = await n.lessonQuotingBea('Not for members to publish');
    expect(refusal(await askLesson(lesson.id, n.cookies.bea))).toEqual([
      403,
      'Only organisers can publish to the public showcase.',
    ]);
    expect(refusal(await askLesson('00000000-0000-4000-8000-000000000000'))).toEqual([
      404,
      'This lesson does not exist, or you cannot see it.',
    ]);
    expect(refusal(await askLesson('lesson-1'))).toEqual([400, 'Not a lesson id.']);
  });
});

describe('POST /api/showcase/pilots/:pilotId', () => {
  it('names the team, with the summary cooked from Markdown', async () => {
    const open = await pilot('Permit desk', 'network');
    const response = await askPilot(open.id, `**${SUMMARY}**`);
    expect(response.statusCode, response.body).toBe(201);
    const item = response.json() as ShowcaseItem;
    expect(item.credits.map((credit) => credit.member.name)).toEqual(['Oli Organiser']);
    const preview = await n.ok<ShowcasePreview>(
      n.cookies.org,
      'GET',
      `/api/showcase/items/${item.id}`,
    );
    expect(preview.summaryHtml).toContain(`<strong>${SUMMARY}</strong>`);
    expect(preview.sectionsHtml).toBeNull();
  });

  it('refuses a pilot its cohort alone sees, a short summary, and a pilot that is not there', async () => {
    const closed = await pilot('Cohort desk', 'cohort');
    expect(refusal(await askPilot(closed.id, SUMMARY))).toEqual([
      409,
      'This pilot is visible to its cohort only: make it visible to the whole network before publishing it.',
    ]);
    const short = await askPilot(closed.id, 'Too short');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual({
      summary: 'Write a public summary of at least 20 characters.',
    });
    expect(refusal(await askPilot('00000000-0000-4000-8000-000000000000', SUMMARY))).toEqual([
      404,
      'This pilot does not exist, or you cannot see it.',
    ]);
  });
});

describe('the last consent', () => {
  it('publishes once when two people consent at the same moment', async () => {
    const { lesson } = await n.lessonQuotingBea('Two at once');
    const item = (await askLesson(lesson.id)).json() as ShowcaseItem;
    const [bea, org] = await Promise.all([
      n.call(n.cookies.bea, 'PUT', `/api/showcase/items/${item.id}/consent`, { answer: 'name' }),
      n.call(n.cookies.org, 'PUT', `/api/showcase/items/${item.id}/consent`, { answer: 'name' }),
    ]);
    expect([bea.statusCode, org.statusCode]).toEqual([200, 200]);
    const [row] = await db().select().from(showcaseItems).where(eq(showcaseItems.id, item.id));
    expect(row?.status).toBe('published');
  });

  it('refuses, saving nothing, when the lesson stopped qualifying after it was asked for', async () => {
    const { lesson, story } = await n.lessonQuotingBea('Went off the record meanwhile');
    const item = (await askLesson(lesson.id)).json() as ShowcaseItem;
    await n.ok(n.cookies.bea, 'PUT', `/api/showcase/items/${item.id}/consent`, { answer: 'name' });
    await db().update(threads).set({ offRecord: true }).where(eq(threads.id, story));
    const last = await n.call(n.cookies.org, 'PUT', `/api/showcase/items/${item.id}/consent`, {
      answer: 'name',
    });
    expect(refusal(last)).toEqual([
      409,
      'What this item was copied from can no longer go public (it went off the record, was kept to some cohorts or left the library): your answer was not saved. Ask an organiser to withdraw the item.',
    ]);
    const preview = await n.ok<ShowcasePreview>(
      n.cookies.org,
      'GET',
      `/api/showcase/items/${item.id}`,
    );
    expect(preview.item.status).toBe('awaiting_consent');
    expect(preview.myAnswer).toBe('pending');
  });
});

describe('the showcase turned off by an admin', () => {
  it('refuses every request to publish until it is turned on again', async () => {
    const { lesson } = await n.lessonQuotingBea('While it was off');
    await n.ok(adminCookie, 'PUT', '/api/admin/settings', { showcase: { enabled: false } });
    expect(refusal(await askLesson(lesson.id))).toEqual([
      409,
      'An admin has turned the public showcase off: nothing can be published to it until it is turned on again.',
    ]);
    await n.ok(adminCookie, 'PUT', '/api/admin/settings', { showcase: { enabled: true } });
    expect((await askLesson(lesson.id)).statusCode).toBe(201);
  });
});

import type { LessonDetail } from '@praxis/contracts/lessons';
import { lessonSources, lessons } from '@praxis/db/schema/lessons';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile } from '../../testing/lessons-network.ts';
import { lessonsMemberData } from './lessons.member-data.ts';

const { t, n } = lessonsNetworkPerFile();

describe('erasing a member’s lessons data', () => {
  it('takes their lone drafts and helpful marks, keeps published lessons credited to them as creator, and counts an open question to them as declined', async () => {
    const db = t.database.db;
    const ann = n.people.ann.id;
    const published = await n.published(n.cookies.ann, {
      threadId: await n.story(n.cookies.ann, 'Kept lesson'),
    });
    const draft = await n.lesson(n.cookies.ann, {
      threadId: await n.story(n.cookies.ann, 'Lone draft'),
    });
    const question = await n.solvedQuestion(n.cookies.nia, n.cookies.ann, 'asking ann');
    const asking = await n.lesson(n.cookies.nia, { threadId: question.threadId });
    await n.ok(n.cookies.nia, 'POST', `/api/lessons/${asking.id}/submit`);
    const other = await n.published(n.cookies.nia, {
      threadId: await n.story(n.cookies.nia, 'Liked'),
    });
    await n.ok(n.cookies.ann, 'POST', `/api/lessons/${other.id}/helpful`);

    const exported = await lessonsMemberData.export(db, ann);
    expect(exported.tables.lessons?.map((row) => row.title).sort()).toEqual([
      'Kept lesson',
      'Lone draft',
    ]);
    expect(exported.tables.lesson_helpful_marks).toHaveLength(1);

    await db.transaction((tx) => lessonsMemberData.erase(tx, ann, 'keep_posts'));

    expect(await db.select().from(lessons).where(eq(lessons.id, draft.id))).toEqual([]);
    const kept = await n.ok<LessonDetail>(n.cookies.out, 'GET', `/api/lessons/${published.id}`);
    expect(kept.authors).toEqual([expect.objectContaining({ id: ann })]);
    const liked = await n.ok<LessonDetail>(n.cookies.out, 'GET', `/api/lessons/${other.id}`);
    expect(liked.helpfulCount).toBe(0);
    const [answer] = await db
      .select({ authorId: lessonSources.authorId, consent: lessonSources.consent })
      .from(lessonSources)
      .where(eq(lessonSources.replyId, question.replyId));
    expect(answer).toEqual({ authorId: null, consent: 'declined' });
  });
});

import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import * as sources from './lesson-sources.repository.ts';
import { findVisibleLesson } from './lesson-views.service.ts';
import * as repository from './lessons.repository.ts';

// What the public showcase may copy of a lesson, and why it may not: the lessons module's rules
// (lessonStillPublic in lessons.visibility.ts says the same in SQL, for every public read).

/** Why a lesson cannot go to the public showcase, the first that applies. */
export type LessonShowcaseRefusal =
  | 'not_published'
  | 'cohort_only'
  | 'source_cohort_only'
  | 'off_record'
  | 'anonymous';

export interface LessonForShowcase {
  id: string;
  title: string;
  sectionsHtml: repository.LessonRow['sectionsHtml'];
  tags: string[];
  language: repository.LessonRow['language'];
  stage: repository.LessonRow['stage'];
  programmeName: string | null;
  refusal: LessonShowcaseRefusal | null;
  /**
   * Everyone it names: its authors, then for a translation the authors of the original it
   * carries the words of, then the authors of its sources who agreed to be quoted (everyone
   * named once, an author as an author).
   */
  credits: { memberId: string; role: 'author' | 'source' }[];
}

/**
 * The lesson as the showcase would copy it, when the viewer may see it (else a 404 that does not
 * tell whether it exists), with the reason it may not go out, if any. A translation is judged by
 * its original's sources.
 */
export async function lessonForShowcase(
  db: Db,
  viewer: AccountMember,
  id: string,
): Promise<LessonForShowcase> {
  const lesson = await findVisibleLesson(db, viewer, id);
  const list = await sources.sourcesOf(db, lesson.translationOfId ?? lesson.id);
  const audience = (await repository.audiencesOf(db, [lesson.id])).get(lesson.id) ?? [];
  const refusal: LessonShowcaseRefusal | null =
    lesson.status !== 'published'
      ? 'not_published'
      : audience.length > 0
        ? 'cohort_only'
        : list.some((source) => source.off_record)
          ? 'off_record'
          : list.some((source) => source.anonymous)
            ? 'anonymous'
            : list.some((source) => source.audience !== null)
              ? 'source_cohort_only'
              : null;
  const originalId = lesson.translationOfId;
  const authors = await repository.authorIdsOf(
    db,
    originalId ? [lesson.id, originalId] : [lesson.id],
  );
  const authorIds = [
    ...new Set([
      ...(authors.get(lesson.id) ?? []),
      ...((originalId && authors.get(originalId)) || []),
    ]),
  ];
  const credits: LessonForShowcase['credits'] = authorIds.map((memberId) => ({
    memberId,
    role: 'author',
  }));
  for (const source of list) {
    const memberId = source.author_id;
    if (!memberId || source.consent !== 'agreed') continue;
    if (credits.some((credit) => credit.memberId === memberId)) continue;
    credits.push({ memberId, role: 'source' });
  }
  return {
    id: lesson.id,
    title: lesson.title,
    sectionsHtml: lesson.sectionsHtml,
    tags: lesson.tags,
    language: lesson.language,
    stage: lesson.stage,
    programmeName: lesson.programmeName,
    refusal,
    credits,
  };
}

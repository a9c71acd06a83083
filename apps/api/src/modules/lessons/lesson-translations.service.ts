import type { LessonTranslationBody } from '@praxis/contracts/lessons';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import * as sources from './lesson-sources.repository.ts';
import { anonymousOwnSource, isAnonymousAuthorOf } from './lesson-sources.service.ts';
import { findVisibleLesson } from './lesson-views.service.ts';
import * as repository from './lessons.repository.ts';
import { cookSections, createLessonService } from './lessons.service.ts';

export function createLessonTranslationService(db: Db) {
  const lessons = createLessonService(db);

  /**
   * A member's translation of a published lesson they can see: published at once, naming its
   * original (a translation of a translation names the original too), reaching the same
   * members, with the translator as its author.
   */
  async function translate(actor: AccountMember, id: string, input: LessonTranslationBody) {
    const row = await findVisibleLesson(db, actor, id);
    if (row.status !== 'published') {
      throw new AppError('conflict', msg('errors.lessons.notPublished'));
    }
    const originalId = row.translationOfId ?? row.id;
    const original = row.translationOfId ? await repository.findOne(db, originalId) : row;
    if (!original) throw new AppError('not_found', msg('errors.lessons.lessonNotVisible'));
    if (input.language === original.language) {
      throw new AppError('conflict', msg('errors.lessons.translationSameLanguage'), {
        fields: { language: msg('errors.lessons.translationSameLanguage') },
      });
    }
    // A translation credits its translator beside its original's sources.
    if (isAnonymousAuthorOf(await sources.sourcesOf(db, originalId), actor.id)) {
      throw anonymousOwnSource();
    }
    const translationId = await db.transaction(async (tx) => {
      // The original may have left the library meanwhile: checked again under its lock.
      const current = await repository.lockLesson(tx, originalId);
      if (current?.status !== 'published') {
        throw new AppError('conflict', msg('errors.lessons.notPublished'));
      }
      const audience = (await repository.audiencesOf(tx, [originalId])).get(originalId) ?? [];
      const translationId = await repository.insertLesson(tx, {
        title: input.title,
        sectionsSource: input.sections,
        sectionsHtml: cookSections(input.sections),
        tags: input.tags ?? original.tags,
        language: input.language,
        programmeId: original.programmeId,
        cohortId: original.cohortId,
        stage: original.stage,
        status: 'published',
        publishedAt: new Date(),
        translationOfId: originalId,
        createdById: actor.id,
      });
      await repository.addAuthor(tx, translationId, actor.id);
      await repository.setAudience(
        tx,
        translationId,
        audience.map((cohort) => cohort.id),
      );
      return translationId;
    });
    return lessons.detail(actor, translationId);
  }

  return { translate };
}

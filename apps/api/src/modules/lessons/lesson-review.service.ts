import type { LessonSourceRef } from '@praxis/contracts/lessons';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { quotedDeclinedSource, quotesSource } from './lesson-quotes.service.ts';
import * as sources from './lesson-sources.repository.ts';
import {
  allowedAudience,
  narrowAudience,
  resolveSource,
  sourceNarrowerThan,
  sourceTitle,
} from './lesson-sources.service.ts';
import { findVisibleLesson } from './lesson-views.service.ts';
import { lessonNarrowed } from './lessons.events.ts';
import * as repository from './lessons.repository.ts';
import { createLessonService, requireEditor } from './lessons.service.ts';

// A lesson's way to the library: its sources while it is a draft, the review that asks their
// authors, and publication by an organiser once everyone asked has answered.

export function createLessonReviewService(db: Db) {
  const lessons = createLessonService(db);

  async function requireDraft(actor: AccountMember, id: string) {
    const row = await requireEditor(db, actor, id);
    if (row.status !== 'draft') throw new AppError('conflict', msg('errors.lessons.onlyDrafts'));
    if (row.translationOfId) {
      throw new AppError('conflict', msg('errors.lessons.translationHasNoSources'));
    }
    return row;
  }

  return {
    async addSource(actor: AccountMember, id: string, ref: LessonSourceRef) {
      const draft = await requireDraft(actor, id);
      const source = await resolveSource(db, actor, ref);
      // The lesson credits its authors by name, beside the post one of them wrote anonymously.
      const credited = [
        ...(draft.createdById ? [draft.createdById] : []),
        ...((await repository.authorIdsOf(db, [id])).get(id) ?? []),
      ];
      if (source.anonymousAuthorIds.some((authorId) => credited.includes(authorId))) {
        throw new AppError('conflict', msg('errors.lessons.authorWroteAnonymousSource'));
      }
      const existing = await sources.sourcesOf(db, id);
      const duplicate = source.rows.every((row) =>
        existing.some(
          (have) =>
            have.thread_id === (row.threadId ?? null) &&
            have.reply_id === (row.replyId ?? null) &&
            have.meetup_id === (row.meetupId ?? null) &&
            have.agenda_item_id === (row.agendaItemId ?? null),
        ),
      );
      if (duplicate) throw new AppError('conflict', msg('errors.lessons.sourceAlreadyAdded'));
      await db.transaction(async (tx) => {
        const current = await repository.lockLesson(tx, id);
        if (current?.status !== 'draft') {
          throw new AppError('conflict', msg('errors.lessons.onlyDrafts'));
        }
        const existing = await sources.sourcesOf(tx, id);
        const fresh = source.rows.filter(
          (row) =>
            !existing.some(
              (have) =>
                have.thread_id === (row.threadId ?? null) &&
                have.reply_id === (row.replyId ?? null) &&
                have.meetup_id === (row.meetupId ?? null) &&
                have.agenda_item_id === (row.agendaItemId ?? null),
            ),
        );
        if (fresh.length === 0) {
          throw new AppError('conflict', msg('errors.lessons.sourceAlreadyAdded'));
        }
        await sources.insertSources(
          tx,
          fresh.map((row) => ({ ...row, lessonId: id, consent: 'not_asked' as const })),
        );
        // Two sources no cohort shares would leave the lesson no one to reach.
        const { emptiedBy } = allowedAudience(await sources.sourcesOf(tx, id));
        if (emptiedBy) {
          throw new AppError(
            'conflict',
            msg('errors.lessons.sourcesDisjoint', { source: sourceTitle(emptiedBy) }),
          );
        }
        await narrowAudience(tx, id);
        await repository.updateLesson(tx, id, {});
      });
      return lessons.detail(actor, id);
    },

    async removeSource(actor: AccountMember, id: string, sourceId: string) {
      await requireDraft(actor, id);
      const existing = await sources.sourcesOf(db, id);
      if (!existing.some((source) => source.id === sourceId)) {
        throw new AppError('not_found', msg('errors.lessons.sourceNotInLesson'));
      }
      if (existing.length === 1) throw new AppError('conflict', msg('errors.lessons.lastSource'));
      await db.transaction(async (tx) => {
        const lesson = await repository.lockLesson(tx, id);
        if (lesson?.status !== 'draft') {
          throw new AppError('conflict', msg('errors.lessons.onlyDrafts'));
        }
        // Words kept without their source would shed its author's answer and cohort limit.
        const source = (await sources.sourcesOf(tx, id)).find((have) => have.id === sourceId);
        if (!source) throw new AppError('not_found', msg('errors.lessons.sourceNotInLesson'));
        if (quotesSource(source, lesson.sectionsSource)) {
          throw new AppError(
            'conflict',
            msg('errors.lessons.sourceStillQuoted', { source: sourceTitle(source) }),
          );
        }
        await sources.deleteSource(tx, id, sourceId);
        await repository.updateLesson(tx, id, {});
      });
      return lessons.detail(actor, id);
    },

    /** Draft → in review: the sources' other authors are asked, and told if they may see it. */
    async submit(actor: AccountMember, id: string) {
      const row = await requireDraft(actor, id);
      if (row.sectionsSource.problem.trim() === '' || row.sectionsSource.tried.trim() === '') {
        throw new AppError('invalid', msg('errors.lessons.sectionsIncomplete'));
      }
      await db.transaction(async (tx) => {
        await repository.lockLesson(tx, id);
        const { emptiedBy } = allowedAudience(await sources.sourcesOf(tx, id));
        if (emptiedBy) {
          throw new AppError(
            'conflict',
            msg('errors.lessons.noAudience', { source: sourceTitle(emptiedBy) }),
          );
        }
        if (!(await repository.moveStatus(tx, id, 'draft', 'in_review'))) {
          throw new AppError('conflict', msg('errors.lessons.onlyDrafts'));
        }
        const asked = await sources.askSourceAuthors(tx, id, new Date());
        const authorIds = asked.flatMap((source) => (source.authorId ? [source.authorId] : []));
        const recipients = await repository.membersWhoCanSee(tx, id, authorIds);
        await notify(
          tx,
          recipients.map((memberId) => ({
            memberId,
            kind: 'lesson_review_requested' as const,
            actorId: actor.id,
            lessonId: id,
          })),
        );
      });
      return lessons.detail(actor, id);
    },

    /** In review → published, by an organiser, once no one asked is still to answer. */
    async publish(actor: AccountMember, id: string, reason: string | undefined) {
      requireOrganiser(actor, msg('errors.lessons.onlyOrganisersPublish'));
      const row = await findVisibleLesson(db, actor, id);
      if (row.status !== 'in_review')
        throw new AppError('conflict', msg('errors.lessons.notInReview'));
      await db.transaction(async (tx) => {
        // Every check on the lesson as it is now, under its lock: an answer, a source or an edit
        // landing meanwhile waits, or is seen.
        const current = await repository.lockLesson(tx, id);
        if (current?.status !== 'in_review') {
          throw new AppError('conflict', msg('errors.lessons.notInReview'));
        }
        const list = await sources.sourcesOf(tx, id);
        if (list.some((source) => source.consent === 'pending')) {
          throw new AppError('conflict', msg('errors.lessons.consentPending'));
        }
        const quoted = quotedDeclinedSource(list, current.sectionsSource);
        if (quoted) {
          throw new AppError(
            'conflict',
            msg('errors.lessons.quotesDeclined', { source: sourceTitle(quoted) }),
          );
        }
        const offRecord = list.find((source) => source.off_record);
        if (offRecord) {
          throw new AppError(
            'conflict',
            msg('errors.lessons.sourceWentOffRecord', { source: sourceTitle(offRecord) }),
          );
        }
        const { emptiedBy } = allowedAudience(list);
        if (emptiedBy) {
          throw new AppError(
            'conflict',
            msg('errors.lessons.noAudience', { source: sourceTitle(emptiedBy) }),
          );
        }
        const audience = ((await repository.audiencesOf(tx, [id])).get(id) ?? []).map((c) => c.id);
        const narrower = sourceNarrowerThan(list, audience);
        if (narrower) {
          throw new AppError(
            'conflict',
            msg('errors.lessons.audienceTooWide', { source: sourceTitle(narrower) }),
          );
        }
        if (!(await repository.moveStatus(tx, id, 'in_review', 'published'))) {
          throw new AppError('conflict', msg('errors.lessons.notInReview'));
        }
        await repository.moveTranslations(tx, id, 'published');
        await recordAudit(tx, actor, {
          action: 'lesson.published',
          target: { type: 'lesson', id, label: row.title },
          reason,
        });
        const authors = (await repository.authorIdsOf(tx, [id])).get(id) ?? [];
        const sourceAuthors = list.flatMap((source) =>
          source.author_id ? [source.author_id] : [],
        );
        const recipients = await repository.membersWhoCanSee(tx, id, [
          ...authors,
          ...sourceAuthors,
        ]);
        await notify(
          tx,
          recipients.map((memberId) => ({
            memberId,
            kind: 'lesson_published' as const,
            actorId: actor.id,
            lessonId: id,
          })),
        );
      });
      return lessons.detail(actor, id);
    },

    /** Back to draft, by an organiser: out of the library (or the review) until submitted again. */
    async returnToDraft(actor: AccountMember, id: string, reason: string | undefined) {
      requireOrganiser(actor, msg('errors.lessons.onlyOrganisersReturn'));
      const row = await findVisibleLesson(db, actor, id);
      if (row.status === 'draft')
        throw new AppError('conflict', msg('errors.lessons.alreadyDraft'));
      if (row.translationOfId) {
        throw new AppError('conflict', msg('errors.lessons.translationHasNoSources'));
      }
      await db.transaction(async (tx) => {
        const current = await repository.lockLesson(tx, id);
        if (!current || current.status === 'draft') {
          throw new AppError('conflict', msg('errors.lessons.alreadyDraft'));
        }
        await repository.moveStatus(tx, id, current.status, 'draft');
        // Its translations leave the library with it, and come back when it is published again.
        await repository.moveTranslations(tx, id, 'draft');
        await lessonNarrowed(tx, id);
        await recordAudit(tx, actor, {
          action: 'lesson.returned_to_draft',
          target: { type: 'lesson', id, label: row.title },
          reason,
        });
      });
      return lessons.detail(actor, id);
    },
  };
}

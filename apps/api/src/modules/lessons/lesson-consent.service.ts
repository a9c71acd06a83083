import type { LessonConsentBody, LessonReviewPage } from '@praxis/contracts/lessons';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { decodeJsonCursor, encodeJsonCursor } from '../../pagination.ts';
import { quotedDeclinedSource } from './lesson-quotes.service.ts';
import * as sources from './lesson-sources.repository.ts';
import { narrowAudience } from './lesson-sources.service.ts';
import { findVisibleLesson, visibleSources } from './lesson-views.service.ts';
import { lessonNarrowed } from './lessons.events.ts';
import * as repository from './lessons.repository.ts';
import { mayEdit } from './lessons.service.ts';

// The side of a lesson's review that belongs to the authors of its sources: what they were
// asked, and their answers.

const ReviewPosition = z.object({ at: z.iso.datetime(), id: z.uuid() });

type Answer = Required<LessonConsentBody>;

export function createLessonConsentService(db: Db) {
  async function reviewPage(
    viewer: AccountMember,
    query: { pending: boolean; cursor?: string | undefined; limit: number },
    sourceId?: string,
  ): Promise<LessonReviewPage> {
    const after = decodeJsonCursor(ReviewPosition, query.cursor);
    const rows = await sources.reviewsOf(db, viewer, {
      pending: query.pending,
      after: after && { at: new Date(after.at), id: after.id },
      limit: query.limit,
      ...(sourceId ? { sourceId } : {}),
    });
    const page = rows.slice(0, query.limit);
    // The member's own sources: they see them whatever the lesson's audience.
    const shown = await visibleSources(
      db,
      page.map((row) => ({ ...row, visible: true })),
    );
    const last = page.at(-1);
    return {
      reviews: page.map((row, index) => ({
        lesson: {
          id: row.lesson_id,
          title: row.lesson_title ?? '',
          status: row.lesson_status as 'draft' | 'in_review' | 'published',
        },
        // biome-ignore lint/style/noNonNullAssertion: one shown source per row, in order
        source: shown[index]!,
        askedAt: row.asked_at ? new Date(row.asked_at).toISOString() : null,
        answeredAt: row.answered_at ? new Date(row.answered_at).toISOString() : null,
      })),
      nextCursor:
        rows.length > query.limit && last
          ? encodeJsonCursor({ at: new Date(last.position_at).toISOString(), id: last.id })
          : null,
    };
  }

  return {
    /**
     * A source's author answers: whether they may be quoted, and whether the lesson may reach
     * beyond the cohorts that see their source. Once the lesson is published they may still
     * withdraw their name (and words), not narrow it.
     */
    async answer(actor: AccountMember, id: string, sourceId: string, input: Answer) {
      const lesson = await repository.findOne(db, id);
      const source = lesson
        ? (await sources.sourcesOf(db, id)).find((candidate) => candidate.id === sourceId)
        : undefined;
      if (!lesson || !source)
        throw new AppError('not_found', msg('errors.lessons.sourceNotInLesson'));
      if (source.author_id !== actor.id) {
        // Whoever may not see the lesson learns nothing of it, not even that it exists.
        await findVisibleLesson(db, actor, id);
        throw new AppError('forbidden', msg('errors.lessons.sourceNotYours'));
      }
      if (source.consent === 'not_asked' && !(await mayEdit(db, actor, id))) {
        throw new AppError('conflict', msg('errors.lessons.notAskedYet'));
      }
      await db.transaction(async (tx) => {
        // Read again under the lesson's lock: an organiser may have published it meanwhile.
        const current = await repository.lockLesson(tx, id);
        if (!current) throw new AppError('not_found', msg('errors.lessons.sourceNotInLesson'));
        if (current.status === 'published' && source.widened && !input.widen) {
          throw new AppError('conflict', msg('errors.lessons.narrowAfterPublish'));
        }
        await sources.answer(tx, sourceId, {
          // Authors of the lesson were never asked: their name is on it already.
          consent:
            source.consent === 'not_asked' ? 'not_asked' : input.quote ? 'agreed' : 'declined',
          widened: input.widen,
          answeredAt: new Date(),
        });
        await narrowAudience(tx, id);
        // A published lesson that still carries the words of someone who now declines leaves
        // the library for review, until its authors rewrite them.
        const quoted = quotedDeclinedSource(
          await sources.sourcesOf(tx, id),
          current.sectionsSource,
        );
        if (current.status === 'published' && quoted) {
          await repository.moveStatus(tx, id, 'published', 'in_review');
          await repository.moveTranslations(tx, id, 'draft');
        }
        // Whoever declines (or withdraws) is no longer named, nor their words copied, anywhere.
        if (source.consent !== 'not_asked' && !input.quote) await lessonNarrowed(tx, id);
      });
      const [review] = (await reviewPage(actor, { pending: false, limit: 1 }, sourceId)).reviews;
      if (!review) throw new AppError('not_found', msg('errors.lessons.sourceNotInLesson'));
      return review;
    },

    reviews: (
      viewer: AccountMember,
      query: { pending: boolean; cursor?: string | undefined; limit: number },
    ) => reviewPage(viewer, query),
  };
}

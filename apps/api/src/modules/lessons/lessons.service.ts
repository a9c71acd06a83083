import { ContentLanguage } from '@praxis/contracts/languages';
import {
  LESSON_SECTIONS,
  type LessonDetail,
  type LessonHelpful,
  type LessonPage,
  type LessonSectionsText,
  type LessonSourceRef,
  type LessonSummary,
  type LessonUpdateInput,
} from '@praxis/contracts/lessons';
import type { LessonListInput } from '@praxis/contracts/library';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { sourceLocale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import {
  allTermsQuery,
  searchTerms,
  termQuery,
  wantedTerms,
  withSearchTimeout,
} from '../../lib/full-text.ts';
import { cookMarkdown } from '../../markdown.ts';
import { decodeCursor, decodeJsonCursor, encodeJsonCursor, pageOf } from '../../pagination.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { existingCohortIds } from '../cohorts/cohorts.service.ts';
import * as lists from './lesson-lists.repository.ts';
import { quotedDeclinedSource } from './lesson-quotes.service.ts';
import * as sources from './lesson-sources.repository.ts';
import {
  allowedAudience,
  resolveSource,
  sourceNarrowerThan,
  sourceTitle,
} from './lesson-sources.service.ts';
import { findVisibleLesson, toDetail, toSummaries } from './lesson-views.service.ts';
import { lessonNarrowed } from './lessons.events.ts';
import * as repository from './lessons.repository.ts';

const LibraryPosition = z.object({ key: z.number().finite(), id: z.uuid() });

/** Every section cooked the way posts are: stored beside its Markdown. */
export function cookSections(sections: LessonSectionsText): LessonSectionsText {
  const cooked = { ...sections };
  for (const key of LESSON_SECTIONS) cooked[key] = cookMarkdown(sections[key]);
  return cooked;
}

/** The library's conditions, for its list and its export; null when the words find nothing. */
export async function libraryFilters(
  db: Db,
  query: Pick<LessonListInput, 'q' | 'tag' | 'programme' | 'stage' | 'language'>,
): Promise<lists.LibraryFilters | null> {
  const { q, ...filters } = query;
  if (!q) return filters;
  const terms = await searchTerms(db, q);
  const wanted = wantedTerms(terms);
  if (wanted.length === 0) return null;
  const excluded = terms.filter((term) => term.excluded);
  const text = sql`"lessons"."search" @@ ${allTermsQuery(wanted)}${
    excluded.length
      ? sql` and not ("lessons"."search" @@ (${sql.join(excluded.map(termQuery), sql` || `)}))`
      : sql``
  }`;
  return { ...filters, text };
}

/** Whether the member may edit the lesson: one of its authors, or an organiser. */
export async function mayEdit(db: Db, actor: AccountMember, lessonId: string) {
  if (isOrganiser(actor)) return true;
  const authors = await repository.authorIdsOf(db, [lessonId]);
  return (authors.get(lessonId) ?? []).includes(actor.id);
}

export async function requireEditor(db: Db, actor: AccountMember, lessonId: string) {
  const row = await findVisibleLesson(db, actor, lessonId);
  if (!(await mayEdit(db, actor, lessonId))) {
    throw new AppError('forbidden', msg('errors.lessons.onlyAuthorsEdit'));
  }
  return row;
}

/**
 * For the pilots module ("since the last exchange"): published lessons the viewer may see, newer
 * than `since`, that came from these cohorts (null: from anywhere), newest first.
 */
export async function lessonsPublishedSince(
  db: Db,
  viewer: AccountMember,
  options: { since: Date; cohortIds: string[] | null; limit: number },
) {
  const rows = await lists.publishedSince(db, viewer, options);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    language: row.language,
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    programme:
      row.programmeId && row.programmeName
        ? { id: row.programmeId, name: row.programmeName }
        : null,
    cohort: row.cohortId && row.cohortName ? { id: row.cohortId, name: row.cohortName } : null,
  }));
}

export function createLessonService(db: Db) {
  async function detail(viewer: AccountMember, id: string): Promise<LessonDetail> {
    return toDetail(db, viewer, await findVisibleLesson(db, viewer, id));
  }

  async function checkAudience(lessonId: string, cohortIds: string[]) {
    const known = await existingCohortIds(db, cohortIds);
    if (known.length !== cohortIds.length) {
      throw new AppError('invalid', msg('errors.lessons.unknownCohort'), {
        fields: { audienceCohortIds: msg('errors.lessons.unknownCohort') },
      });
    }
    const narrower = sourceNarrowerThan(await sources.sourcesOf(db, lessonId), cohortIds);
    if (narrower) {
      throw new AppError(
        'conflict',
        msg('errors.lessons.audienceTooWide', { source: sourceTitle(narrower) }),
      );
    }
  }

  return {
    detail,

    async create(actor: AccountMember, ref: LessonSourceRef): Promise<LessonDetail> {
      const source = await resolveSource(db, actor, ref);
      const { prefill } = source;
      const id = await db.transaction(async (tx) => {
        const id = await repository.insertLesson(tx, {
          title: prefill.title,
          sectionsSource: prefill.sections,
          sectionsHtml: cookSections(prefill.sections),
          tags: prefill.tags.slice(0, 5),
          language:
            ContentLanguage.safeParse(prefill.language).data ?? actor.locale ?? sourceLocale,
          programmeId: prefill.programmeId,
          cohortId: prefill.cohortId,
          createdById: actor.id,
        });
        await repository.addAuthor(tx, id, actor.id);
        await sources.insertSources(
          tx,
          source.rows.map((row) => ({ ...row, lessonId: id, consent: 'not_asked' as const })),
        );
        // A draft starts as narrow as its sources: a cohort-only thread's cohort.
        const stored = await sources.sourcesOf(tx, id);
        const { allowed } = allowedAudience(stored);
        await repository.setAudience(tx, id, allowed ?? []);
        return id;
      });
      return detail(actor, id);
    },

    async update(actor: AccountMember, id: string, input: LessonUpdateInput) {
      const row = await requireEditor(db, actor, id);
      if (input.audienceCohortIds !== undefined) {
        if (row.translationOfId) {
          throw new AppError('conflict', msg('errors.lessons.translationAudience'));
        }
        await checkAudience(id, input.audienceCohortIds);
      }
      if (input.programmeId && !(await repository.programmeExists(db, input.programmeId))) {
        throw new AppError('invalid', msg('errors.lessons.unknownProgramme'), {
          fields: { programmeId: msg('errors.lessons.unknownProgramme') },
        });
      }
      if (input.cohortId && (await existingCohortIds(db, [input.cohortId])).length === 0) {
        throw new AppError('invalid', msg('errors.lessons.unknownCohort'), {
          fields: { cohortId: msg('errors.lessons.unknownCohort') },
        });
      }
      await db.transaction(async (tx) => {
        // Decided on the lesson as it is now, under its lock: it may have been published since.
        const current = await repository.lockLesson(tx, id);
        if (!current) throw new AppError('not_found', msg('errors.lessons.lessonNotVisible'));
        const sections = input.sections
          ? { ...current.sectionsSource, ...input.sections }
          : undefined;
        // Only the sections carry a source's words: any edit of them is checked.
        const quoted = sections && quotedDeclinedSource(await sources.sourcesOf(tx, id), sections);
        if (quoted) {
          throw new AppError(
            'conflict',
            msg('errors.lessons.quotesDeclined', { source: sourceTitle(quoted) }),
          );
        }
        // What the library shows was reviewed: an author's change goes back to review, and an
        // organiser publishes it again. Organisers edit in place; translations are published
        // without review, so they are too.
        const leaves =
          current.status === 'published' && !current.translationOfId && !isOrganiser(actor);
        if (leaves) {
          await repository.moveStatus(tx, id, 'published', 'in_review');
          await repository.moveTranslations(tx, id, 'draft');
        }
        await repository.updateLesson(tx, id, {
          ...(input.title === undefined ? {} : { title: input.title }),
          ...(input.tags === undefined ? {} : { tags: input.tags }),
          ...(input.language === undefined ? {} : { language: input.language }),
          ...(input.programmeId === undefined ? {} : { programmeId: input.programmeId }),
          ...(input.cohortId === undefined ? {} : { cohortId: input.cohortId }),
          ...(input.stage === undefined ? {} : { stage: input.stage }),
          ...(sections ? { sectionsSource: sections, sectionsHtml: cookSections(sections) } : {}),
        });
        if (input.audienceCohortIds !== undefined) {
          await repository.setAudience(tx, id, input.audienceCohortIds);
        }
        if (leaves || (input.audienceCohortIds?.length ?? 0) > 0) await lessonNarrowed(tx, id);
      });
      return detail(actor, id);
    },

    async remove(actor: AccountMember, id: string) {
      const row = await requireEditor(db, actor, id);
      const translationByOrganiser = isOrganiser(actor) && row.translationOfId !== null;
      if (row.status !== 'draft' && !translationByOrganiser) {
        throw new AppError('conflict', msg('errors.lessons.onlyDraftsDeleted'));
      }
      await db.transaction(async (tx) => {
        await lessonNarrowed(tx, id);
        await repository.deleteLesson(tx, id);
      });
    },

    async list(viewer: AccountMember, query: LessonListInput): Promise<LessonPage> {
      const after = decodeJsonCursor(LibraryPosition, query.cursor);
      const filters = await libraryFilters(db, query);
      if (!filters) return { lessons: [], nextCursor: null };
      // A search is cut short like the other searches, rather than keep the database busy.
      const read = (reader: Db) =>
        lists.libraryPage(reader, viewer, filters, query.sort, after, query.limit);
      const rows = filters.text ? await withSearchTimeout(db, read) : await read(db);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        lessons: await toSummaries(db, page),
        nextCursor:
          rows.length > query.limit && last
            ? encodeJsonCursor({ key: last.key, id: last.id })
            : null,
      };
    },

    async drawnFrom(
      viewer: AccountMember,
      source: { threadId?: string | undefined; meetupId?: string | undefined },
    ): Promise<{ lessons: LessonSummary[] }> {
      return { lessons: await toSummaries(db, await lists.drawnFrom(db, viewer, source)) };
    },

    async drafts(viewer: AccountMember, query: { cursor?: string | undefined; limit: number }) {
      const rows = await lists.draftsOf(db, viewer.id, decodeCursor(query.cursor), query.limit);
      const { page, nextCursor } = pageOf(rows, query.limit);
      return { lessons: await toSummaries(db, page), nextCursor };
    },

    async markHelpful(actor: AccountMember, id: string, helpful: boolean): Promise<LessonHelpful> {
      const row = await findVisibleLesson(db, actor, id);
      if (row.status !== 'published') {
        throw new AppError('conflict', msg('errors.lessons.notPublished'));
      }
      const authors = await repository.authorIdsOf(db, [id]);
      if ((authors.get(id) ?? []).includes(actor.id)) {
        throw new AppError('forbidden', msg('errors.lessons.notYourOwnHelpful'));
      }
      await db.transaction((tx) => repository.setHelpful(tx, id, actor.id, helpful));
      const fresh = await repository.findOne(db, id);
      return { count: fresh?.helpfulCount ?? 0, byMe: helpful };
    },
  };
}

export type LessonService = ReturnType<typeof createLessonService>;

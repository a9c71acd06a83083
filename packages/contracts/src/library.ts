import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { ContentLanguage } from './languages.ts';
import { LessonSort, LessonStage, MAX_LESSON_EXPORT, MAX_LESSON_PAGE, uuid } from './lessons.ts';
import { Tag } from './profiles.ts';

// What the practice library is asked: its list with filters, search and order, a source's
// lessons, my drafts, the reviews asked of me, and exports.

const cursor = z.string().max(300).optional();
const UUID_TEXT = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const pageLimit = z.coerce.number().int().min(1).max(MAX_LESSON_PAGE).default(20);

/** The library's filters, shared by its list and its export. */
const libraryFilters = {
  /** Full-text search over titles, tags and sections. */
  q: z
    .string()
    .trim()
    .max(200, { error: msg('validation.lessons.queryTooLong') })
    .optional(),
  /** A topic: one tag. */
  tag: Tag.optional(),
  programme: uuid('programmeId').optional(),
  stage: LessonStage.optional(),
  language: ContentLanguage.optional(),
};

export const LessonListQuery = z.object({
  ...libraryFilters,
  sort: LessonSort.default('recent'),
  cursor,
  limit: pageLimit,
});
export type LessonListQuery = z.input<typeof LessonListQuery>;
export type LessonListInput = z.output<typeof LessonListQuery>;

/** "Lessons drawn from this": one thread (with its replies) or one meetup (with its agenda). */
export const DrawnFromQuery = z
  .object({ threadId: uuid('sourceRef'), meetupId: uuid('sourceRef') })
  .partial()
  .refine((query) => (query.threadId === undefined) !== (query.meetupId === undefined), {
    error: msg('validation.lessons.oneSource'),
  });
export type DrawnFromQuery = z.input<typeof DrawnFromQuery>;

/** My drafts and "reviews asked of me": plain keyset pages. */
export const LessonPageQuery = z.object({ cursor, limit: pageLimit });

/** Export of a set: these ids (comma-separated, at most 50) or, without ids, the library's filters. */
export const LessonExportQuery = z.object({
  ids: z
    .string()
    .max(MAX_LESSON_EXPORT * 37, { error: msg('validation.lessons.exportIds') })
    .regex(new RegExp(`^${UUID_TEXT}(,${UUID_TEXT})*$`), {
      error: msg('validation.lessons.exportIds'),
    })
    .optional(),
  ...libraryFilters,
  sort: LessonSort.default('recent'),
});
export type LessonExportQuery = z.input<typeof LessonExportQuery>;

export const LessonReviewQuery = z.object({
  /** Only those waiting for an answer (the default), or every one asked. */
  pending: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(true),
  cursor,
  limit: pageLimit,
});
export type LessonReviewQuery = z.input<typeof LessonReviewQuery>;

import type { LessonDetail, LessonSource } from '@praxis/contracts/lessons';
import { MAX_LESSON_EXPORT } from '@praxis/contracts/lessons';
import type { LessonExportQuery } from '@praxis/contracts/library';
import { LessonListQuery } from '@praxis/contracts/library';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { type Translate, translator } from '@praxis/i18n/translate';
import { AppError } from '../../app-error.ts';
import { asciiFileName } from '../../file-names.ts';
import { withSearchTimeout } from '../../lib/full-text.ts';
import * as lists from './lesson-lists.repository.ts';
import { findVisibleLesson, toDetail } from './lesson-views.service.ts';
import { libraryFilters } from './lessons.service.ts';

// Lessons as Markdown in the shape of a case submitted to a public-sector innovation
// observatory: what the problem was, what was tried, the evidence, caveats, when to use it, and
// where it came from. Only what the viewer may see goes in: visible lessons, visible sources.

/**
 * Markdown headings and list items must not be broken by what members wrote in a title, a name
 * or a tag, nor turned into a link, an image or emphasis: every character Markdown reads as
 * syntax is escaped, and so is a leading - or + that would start a list.
 */
const inline = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]()#>!<]/g, '\\$&')
    .replace(/^[-+]/, '\\$&');

function sourceLink(origin: string, source: LessonSource) {
  if (source.threadId) {
    const anchor = source.replyId ? `#reply-${source.replyId}` : '';
    return `${origin}/threads/${source.threadId}${anchor}`;
  }
  return `${origin}/meetups/${source.meetupId}`;
}

function lessonMarkdown(t: Translate, origin: string, lesson: LessonDetail) {
  const section = (heading: string, text: string) =>
    `## ${heading}\n\n${text.trim() === '' ? `_${t('exports.lessons.empty')}_` : text.trim()}\n`;
  const facts = [
    `- **${t('exports.lessons.tags')}:** ${lesson.tags.length ? lesson.tags.map(inline).join(', ') : '—'}`,
    `- **${t('exports.lessons.programme')}:** ${lesson.programme ? inline(lesson.programme.name) : '—'}`,
    `- **${t('exports.lessons.cohort')}:** ${lesson.cohort ? inline(lesson.cohort.name) : '—'}`,
    `- **${t('exports.lessons.stage')}:** ${lesson.stage ? t('exports.lessons.stageName', { stage: lesson.stage }) : '—'}`,
    `- **${t('exports.lessons.language')}:** ${lesson.language}`,
    `- **${t('exports.lessons.published')}:** ${lesson.publishedAt ? lesson.publishedAt.slice(0, 10) : '—'}`,
    `- **${t('exports.lessons.link')}:** ${origin}/library/${lesson.id}`,
  ];
  const sources = lesson.sources.map((source) => {
    const by = source.author ? ` — ${inline(source.author.name)}` : '';
    const quote = source.excerpt ? `\n  > ${inline(source.excerpt)}` : '';
    return `- [${inline(source.title)}](${sourceLink(origin, source)})${by}${quote}`;
  });
  const authors = lesson.authors.map((author) =>
    author.former ? t('exports.lessons.formerMember') : inline(author.name),
  );
  return [
    `# ${inline(lesson.title)}\n`,
    ...(lesson.translationOf
      ? [`_${t('exports.lessons.translationOf', { title: inline(lesson.translationOf.title) })}_\n`]
      : []),
    `${facts.join('\n')}\n`,
    section(t('exports.lessons.problem'), lesson.sectionsSource.problem),
    section(t('exports.lessons.tried'), lesson.sectionsSource.tried),
    section(t('exports.lessons.evidence'), lesson.sectionsSource.evidence),
    section(t('exports.lessons.caveats'), lesson.sectionsSource.caveats),
    section(t('exports.lessons.useWhen'), lesson.sectionsSource.useWhen),
    `## ${t('exports.lessons.sources')}\n\n${sources.length ? sources.join('\n') : '—'}\n`,
    `## ${t('exports.lessons.authors')}\n\n${authors.length ? authors.join(', ') : '—'}\n`,
  ].join('\n');
}

export function createLessonExportService(db: Db, publicOrigin: string) {
  const origin = publicOrigin.replace(/\/+$/, '');

  return {
    async one(viewer: AccountMember, id: string, locale: Locale) {
      const lesson = await toDetail(db, viewer, await findVisibleLesson(db, viewer, id));
      return {
        filename: `${asciiFileName(lesson.title, 'lesson')}.md`,
        markdown: lessonMarkdown(translator(locale), origin, lesson),
      };
    },

    /** A set: the ids given (published and visible ones only), or the library's filters. */
    async set(viewer: AccountMember, query: LessonExportQuery, locale: Locale) {
      const t = translator(locale);
      const ids = query.ids ? [...new Set(query.ids.toLowerCase().split(','))] : undefined;
      if (ids && ids.length > MAX_LESSON_EXPORT) {
        throw new AppError('invalid', msg('validation.lessons.exportIds'), {
          fields: { ids: msg('validation.lessons.exportIds') },
        });
      }
      const library = LessonListQuery.parse({ ...query, ids: undefined, limit: MAX_LESSON_EXPORT });
      const filters = ids ? { ids } : await libraryFilters(db, library);
      const read = (reader: Db) =>
        filters
          ? lists.libraryPage(reader, viewer, filters, library.sort, null, MAX_LESSON_EXPORT)
          : Promise.resolve([]);
      // A search by words is cut short like the library's own, rather than keep the database busy.
      const rows =
        filters && 'text' in filters && filters.text
          ? await withSearchTimeout(db, read)
          : await read(db);
      const lessons = await Promise.all(
        rows.slice(0, MAX_LESSON_EXPORT).map((row) => toDetail(db, viewer, row)),
      );
      const body = lessons.map((lesson) => lessonMarkdown(t, origin, lesson)).join('\n---\n\n');
      return {
        filename: `${asciiFileName(t('exports.lessons.file'), 'lessons')}.md`,
        markdown: body === '' ? `_${t('exports.lessons.none')}_\n` : body,
      };
    },
  };
}

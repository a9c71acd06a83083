import type { LessonDetail, LessonSource, LessonSummary } from '@praxis/contracts/lessons';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { markdownToText } from '../../markdown.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import * as sources from './lesson-sources.repository.ts';
import { allowedAudience } from './lesson-sources.service.ts';
import * as repository from './lessons.repository.ts';

// Lessons as the wire shows them: summaries for lists, the full card for a read, and each
// source only to those who may see that source itself.

const EXCERPT = 280;

function excerptOf(markdown: string) {
  const text = markdownToText(markdown).replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
}

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

export async function toSummaries(db: Db, rows: repository.LessonRow[]): Promise<LessonSummary[]> {
  const ids = rows.map((row) => row.id);
  const [authorIds, audiences] = await Promise.all([
    repository.authorIdsOf(db, ids),
    repository.audiencesOf(db, ids),
  ]);
  // The creator stays credited after their account is erased, as a former member.
  const credited = (row: repository.LessonRow) => [
    ...new Set([...(row.createdById ? [row.createdById] : []), ...(authorIds.get(row.id) ?? [])]),
  ];
  const authors = await authorsById(db, [...new Set(rows.flatMap(credited))]);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    language: row.language,
    tags: row.tags,
    stage: row.stage,
    programme:
      row.programmeId && row.programmeName
        ? { id: row.programmeId, name: row.programmeName }
        : null,
    cohort: row.cohortId && row.cohortName ? { id: row.cohortId, name: row.cohortName } : null,
    audience: audiences.get(row.id) ?? [],
    authors: credited(row).flatMap((id) => {
      const author = authors.get(id);
      return author ? [toAuthor(author)] : [];
    }),
    excerpt: excerptOf(row.sectionsSource.problem),
    helpfulCount: row.helpfulCount,
    translationOfId: row.translationOfId,
    publishedAt: iso(row.publishedAt),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** The lesson if the viewer may see it; otherwise the same 404 as for one that never was. */
export async function findVisibleLesson(db: Db, viewer: AccountMember, id: string) {
  const [row] = await repository.findVisible(db, viewer, [id]);
  if (!row) throw new AppError('not_found', msg('errors.lessons.lessonNotVisible'));
  return row;
}

function sourceKind(row: sources.SourceRow): LessonSource['kind'] {
  if (row.reply_id) return 'reply';
  if (row.thread_id) return 'thread';
  return row.agenda_item_id ? 'agenda_item' : 'meetup_notes';
}

function sourceText(row: sources.SourceRow) {
  if (row.reply_id) return row.reply_body ?? '';
  if (row.thread_id) {
    return row.thread_story ? (row.thread_story.context ?? '') : (row.thread_body ?? '');
  }
  return row.agenda_item_id ? '' : (row.meetup_notes ?? '');
}

/**
 * The sources the viewer may see, as the lesson shows them: a declined author is never named
 * and their source never quoted; an anonymous post's author is never named, and an
 * off-the-record one is never quoted.
 */
export async function visibleSources(
  db: Db,
  rows: (sources.SourceRow & { visible: boolean })[],
): Promise<LessonSource[]> {
  const shown = rows.filter((row) => row.visible);
  const cohortIds = [...new Set(shown.flatMap((row) => row.audience ?? []))];
  const [authors, names] = await Promise.all([
    authorsById(
      db,
      shown.flatMap((row) => (row.author_id ? [row.author_id] : [])),
    ),
    repository.cohortNames(db, cohortIds),
  ]);
  return shown.map((row) => {
    const declined = row.consent === 'declined';
    const author =
      row.author_id && !declined && !row.anonymous ? authors.get(row.author_id) : undefined;
    const text = sourceText(row);
    return {
      id: row.id,
      kind: sourceKind(row),
      title: row.agenda_title ?? row.thread_title ?? row.meetup_title ?? '',
      threadId: row.thread_id,
      replyId: row.reply_id,
      meetupId: row.meetup_id,
      agendaItemId: row.agenda_item_id,
      author: author && !author.former ? toAuthor(author) : null,
      excerpt: declined || row.off_record || text === '' ? null : excerptOf(text),
      consent: row.consent,
      widened: row.widened,
      audience: (row.audience ?? []).map((id) => ({ id, name: names.get(id) ?? '' })),
    };
  });
}

export async function toDetail(
  db: Db,
  viewer: AccountMember,
  row: repository.LessonRow,
): Promise<LessonDetail> {
  // A translation shows the sources of its original: it draws on nothing else.
  const sourceLessonId = row.translationOfId ?? row.id;
  const [[summary], sourceRows, translations, byMe, original] = await Promise.all([
    toSummaries(db, [row]),
    sources.sourcesFor(db, sourceLessonId, viewer),
    repository.translationsOf(db, viewer, row.id),
    repository.markedHelpful(db, row.id, viewer.id),
    row.translationOfId
      ? repository.findVisible(db, viewer, [row.translationOfId])
      : Promise.resolve([]),
  ]);
  if (!summary) throw new Error(`lesson ${row.id} has no summary`);
  const isAuthor = summary.authors.some((author) => author.id === viewer.id);
  const organiser = isOrganiser(viewer);
  const editor = isAuthor || organiser;
  const pending = sourceRows.some((source) => source.consent === 'pending');
  const { allowed } = allowedAudience(sourceRows);
  const names = editor && allowed ? await repository.cohortNames(db, allowed) : new Map();
  const [originalRow] = original;
  return {
    ...summary,
    sectionsSource: row.sectionsSource,
    sectionsHtml: row.sectionsHtml,
    sources: await visibleSources(db, sourceRows),
    translationOf: originalRow
      ? { id: originalRow.id, title: originalRow.title, language: originalRow.language }
      : null,
    translations,
    helpful: { count: row.helpfulCount, byMe },
    audienceLimit:
      editor && allowed ? allowed.map((id) => ({ id, name: names.get(id) ?? '' })) : null,
    reviewsForMe: sourceRows
      .filter((source) => source.author_id === viewer.id && source.consent === 'pending')
      .map((source) => source.id),
    can: {
      edit: editor,
      submit: editor && row.status === 'draft' && row.translationOfId === null,
      publish: organiser && row.status === 'in_review' && !pending,
      returnToDraft: organiser && row.status !== 'draft' && row.translationOfId === null,
      delete: editor && (row.status === 'draft' || (organiser && row.translationOfId !== null)),
      markHelpful: row.status === 'published' && !isAuthor,
      translate: row.status === 'published',
    },
  };
}

import { MAX_LESSON_EXPORT } from '@praxis/contracts/lessons';
import { useQueries } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { exportHref } from './api/export-lessons.ts';
import { lessonQueryOptions } from './api/get-lesson.ts';
import { LessonCard } from './components/lesson-card.tsx';
import { LessonSources } from './components/lesson-sources.tsx';
import './lessons.css';

/**
 * One lesson or a set, laid out to be printed or saved as PDF by the browser: each lesson on
 * its own page, in print without the navigation or these buttons.
 */
export function LessonsPrintPage() {
  const t = useT();
  useDocumentTitle(t('lessons.print.title'));
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, MAX_LESSON_EXPORT);
  const lessons = useQueries({ queries: ids.map((id) => lessonQueryOptions(id)) });
  const failed = lessons.find((lesson) => lesson.isError);

  return (
    <section className="page lesson-print">
      <div className="no-print lesson-print-tools">
        <Link to={ids.length === 1 ? `/library/${ids[0]}` : '/library'}>
          {t('lessons.print.back')}
        </Link>
        {ids.length > 0 && (
          <>
            <button type="button" className="button-primary" onClick={() => window.print()}>
              {t('lessons.print.print')}
            </button>
            <a className="button-secondary" href={exportHref(ids)} download>
              {t('lessons.selection.export')}
            </a>
          </>
        )}
      </div>
      <h1 className={ids.length === 1 ? 'visually-hidden' : undefined}>
        {t('lessons.print.heading', { count: ids.length })}
      </h1>
      {ids.length === 0 && (
        <div className="empty-state no-print">
          <p>{t('lessons.print.nothing')}</p>
          <Link className="button-secondary" to="/library">
            {t('lessons.lesson.backToLibrary')}
          </Link>
        </div>
      )}
      {lessons.some((lesson) => lesson.isPending) && (
        <p className="loading no-print" role="status">
          {t('lessons.lesson.loading')}
        </p>
      )}
      {failed && <Alert tone="error">{formErrors(failed.error).message}</Alert>}
      {lessons.map(
        (lesson) =>
          lesson.data && (
            <article key={lesson.data.id}>
              <LessonCard lesson={lesson.data} headingLevel={2} />
              <LessonSources sources={lesson.data.sources} reviewState={false} headingLevel={3} />
            </article>
          ),
      )}
    </section>
  );
}

import type { AccountMember } from '@praxis/contracts/members';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useShowcaseItems, waitingForAnswer } from '../../lib/api/list-showcase-items.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { uniqueById } from '../../lib/unique-by-id.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { exportFilteredHref } from './api/export-lessons.ts';
import { useLessonList } from './api/list-lessons.ts';
import { useReviews } from './api/list-reviews.ts';
import { LessonRow } from './components/lesson-row.tsx';
import { LibraryFilterBar } from './components/library-filters.tsx';
import { SelectionBar } from './components/selection-bar.tsx';
import {
  filtersFrom,
  type LibraryFilters,
  libraryHref,
  narrowed,
  paramsFrom,
} from './library-search-params.ts';
import './lessons.css';

/**
 * The practice library: the published lessons the member may read, searched, filtered and
 * ordered, with a selection to export as Markdown or print.
 */
export function LibraryPage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('lessons.library.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const lessons = useLessonList(filters);
  // The first page of the answers waiting for the member: enough to say that there are some.
  const waiting = useReviews(true).data?.pages[0]?.reviews.length ?? 0;
  const showcase = useShowcaseItems('mine').data?.pages[0]?.items ?? [];
  const showcaseWaiting = waitingForAnswer(showcase, member.id);
  const rows = uniqueById(lessons.data?.pages.flatMap((page) => page.lessons) ?? []);
  const updating = lessons.isFetching && !lessons.isFetchingNextPage;
  // The selection outlives a change of filters, so a set can be gathered from several searches.
  const [selected, setSelected] = useState<Map<string, string>>(new Map());

  const navigate = (next: LibraryFilters) =>
    setSearchParams(paramsFrom(next), { preventScrollReset: true });
  const hrefForTag = (tag: string) => libraryHref({ ...filters, tag });
  const select = (id: string, title: string, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(id, title);
      else next.delete(id);
      return next;
    });

  return (
    <section className="page">
      <div className="page-heading">
        <div>
          <h1>{t('lessons.library.title')}</h1>
          <p className="lead">{t('lessons.library.lead')}</p>
        </div>
        <div className="button-row">
          <Link className="button-secondary" to="/library/reviews">
            {waiting > 0
              ? t('lessons.library.reviewsWaiting', { count: waiting })
              : t('lessons.library.reviewsLink')}
          </Link>
          {showcaseWaiting > 0 && (
            <Link className="button-secondary" to="/published">
              {t('showcase.nav.waiting', { count: showcaseWaiting })}
            </Link>
          )}
        </div>
      </div>

      <LibraryFilterBar filters={filters} onChange={navigate} />

      <section aria-labelledby="lesson-list-heading">
        <div className="library-toolbar">
          <h2 id="lesson-list-heading" className="visually-hidden">
            {t('lessons.library.listHeading')}
          </h2>
          {narrowed(filters) && (
            <button
              type="button"
              className="button-link"
              onClick={() => navigate({ sort: filters.sort })}
            >
              {t('lessons.filters.clear')}
            </button>
          )}
        </div>
        <SelectionBar
          selected={selected}
          onClear={() => setSelected(new Map())}
          allHref={rows.length > 0 ? exportFilteredHref(filters) : null}
        />
        {lessons.isPending && (
          <p className="loading" role="status">
            {t('lessons.library.loading')}
          </p>
        )}
        {lessons.isError && <Alert tone="error">{formErrors(lessons.error).message}</Alert>}
        {lessons.isSuccess && rows.length === 0 && (
          <div className="empty-state">
            <p>
              {narrowed(filters)
                ? t('lessons.library.noMatch')
                : t(
                    member.role === 'member'
                      ? 'lessons.library.empty'
                      : 'lessons.library.emptyOrganiser',
                  )}
            </p>
            <div className="button-row">
              {narrowed(filters) ? (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => navigate({ sort: filters.sort })}
                >
                  {t('lessons.filters.clear')}
                </button>
              ) : (
                <Link className="button-secondary" to="/threads?view=stories">
                  {t('lessons.library.findStories')}
                </Link>
              )}
            </div>
          </div>
        )}
        {rows.length > 0 && (
          <ul className="lesson-list" aria-busy={updating}>
            {rows.map((lesson) => (
              <li key={lesson.id}>
                <LessonRow
                  lesson={lesson}
                  hrefForTag={hrefForTag}
                  selected={selected.has(lesson.id)}
                  onSelect={(on) => select(lesson.id, lesson.title, on)}
                />
              </li>
            ))}
          </ul>
        )}
        <div className="show-more">
          <ShowMoreButton list={lessons} />
        </div>
      </section>
    </section>
  );
}

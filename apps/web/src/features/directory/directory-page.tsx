import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { type TFunction, useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { type DirectoryFilters, useDirectory } from './api/search-members.ts';
import { FacetFilters } from './components/facet-filters.tsx';
import { MemberCard } from './components/member-card.tsx';
import { SearchBox } from './components/search-box.tsx';
import { type Facet, filtersFrom, hasFilters, paramsFrom } from './directory-search-params.ts';

export function DirectoryPage() {
  const t = useT();
  useDocumentTitle(t('directory.page.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const directory = useDirectory(filters);
  const list = useRef<HTMLUListElement>(null);
  const firstNewCard = useRef<number | null>(null);

  function navigate(next: DirectoryFilters, replace = false) {
    setSearchParams(paramsFrom(next), { replace, preventScrollReset: true });
  }
  function setFacet(facet: Facet | 'openToAdvise' | 'organisation', value: string | undefined) {
    navigate({ ...filters, [facet]: value });
  }
  const clearFilters = () => navigate(filters.q ? { q: filters.q } : {});

  const firstPage = directory.data?.pages[0];
  const members = directory.data?.pages.flatMap((page) => page.members) ?? [];

  // After "Show more", keyboard and screen-reader users go on from the first card that arrived.
  useEffect(() => {
    const index = firstNewCard.current;
    if (index === null || members.length <= index) return;
    firstNewCard.current = null;
    list.current?.children.item(index)?.querySelector('a')?.focus();
  }, [members.length]);

  function showMore() {
    firstNewCard.current = members.length;
    directory.fetchNextPage();
  }

  const total = firstPage?.total ?? 0;
  const searching = directory.isFetching && !directory.isFetchingNextPage;

  return (
    <section className="page wide">
      <h1>{t('directory.page.title')}</h1>
      <p className="lead">{t('directory.page.lead')}</p>
      <SearchBox
        query={filters.q ?? ''}
        onSearch={(q, { replace }) => navigate({ ...filters, q: q || undefined }, replace)}
      />

      <div className="directory">
        <FacetFilters
          facets={firstPage?.facets}
          filters={filters}
          onChange={setFacet}
          onClear={clearFilters}
        />
        <section className="directory-results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            {t('directory.results.heading')}
          </h2>
          <div className="result-bar">
            <p className="result-count" role="status">
              {firstPage ? resultSummary(t, total, filters) : ''}
            </p>
            {searching && firstPage && (
              <span className="muted small" aria-hidden="true">
                {t('directory.results.updating')}
              </span>
            )}
          </div>
          {directory.isPending && <p className="muted">{t('directory.results.loading')}</p>}
          {directory.isError && <Alert tone="error">{formErrors(directory.error).message}</Alert>}
          {firstPage && total === 0 && (
            <EmptyState
              filters={filters}
              onClearFilters={clearFilters}
              onClearSearch={() => navigate({ ...filters, q: undefined })}
            />
          )}
          {members.length > 0 && (
            <ul className="member-grid" ref={list} aria-busy={searching}>
              {members.map((member) => (
                <li key={member.id}>
                  <MemberCard member={member} />
                </li>
              ))}
            </ul>
          )}
          {directory.hasNextPage && (
            <div className="show-more">
              <button
                type="button"
                className="button-secondary"
                disabled={directory.isFetchingNextPage}
                onClick={showMore}
              >
                {t(
                  directory.isFetchingNextPage
                    ? 'common.showMore.loading'
                    : 'common.showMore.label',
                )}
              </button>
              <span className="muted small">
                {t('directory.results.showing', { shown: members.length, total })}
              </span>
            </div>
          )}
        </section>
      </div>
    </section>
  );
}

function resultSummary(t: TFunction, count: number, filters: DirectoryFilters): string {
  if (count === 0) return t('directory.results.none');
  const narrowed = hasFilters(filters);
  if (filters.q) {
    return narrowed
      ? t('directory.results.matchQueryAndFilters', { count, q: filters.q })
      : t('directory.results.matchQuery', { count, q: filters.q });
  }
  if (narrowed) return t('directory.results.matchFilters', { count });
  return t('directory.results.inNetwork', { count });
}

function EmptyState({
  filters,
  onClearFilters,
  onClearSearch,
}: {
  filters: DirectoryFilters;
  onClearFilters(): void;
  onClearSearch(): void;
}) {
  const t = useT();
  const narrowed = hasFilters(filters);
  return (
    <div className="empty-state">
      <p>
        {filters.q
          ? t(narrowed ? 'directory.empty.queryAndFilters' : 'directory.empty.query', {
              q: filters.q,
            })
          : t('directory.empty.filters')}
      </p>
      <div className="button-row">
        {narrowed && (
          <button type="button" className="button-secondary" onClick={onClearFilters}>
            {t('directory.empty.clearFilters')}
          </button>
        )}
        {filters.q && (
          <button type="button" className="button-secondary" onClick={onClearSearch}>
            {t('directory.empty.clearSearch')}
          </button>
        )}
      </div>
    </div>
  );
}

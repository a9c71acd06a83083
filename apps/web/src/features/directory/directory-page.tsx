import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { type DirectoryFilters, useDirectory } from './api/search-members.ts';
import { FacetFilters } from './components/facet-filters.tsx';
import { MemberCard } from './components/member-card.tsx';
import { SearchBox } from './components/search-box.tsx';
import { type Facet, filtersFrom, hasFilters, paramsFrom } from './directory-search-params.ts';

const plural = (count: number) => `${count} ${count === 1 ? 'member' : 'members'}`;

export function DirectoryPage() {
  useDocumentTitle('Directory');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const directory = useDirectory(filters);
  const list = useRef<HTMLUListElement>(null);
  const firstNewCard = useRef<number | null>(null);

  function navigate(next: DirectoryFilters, replace = false) {
    setSearchParams(paramsFrom(next), { replace, preventScrollReset: true });
  }
  function setFacet(facet: Facet | 'openToAdvise', value: string | undefined) {
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
      <h1>Directory</h1>
      <p className="lead">
        Find the alumni who have done it before, by what they know, where they work and which
        programme they went through.
      </p>
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
            Members
          </h2>
          <div className="result-bar">
            <p className="result-count" role="status">
              {firstPage ? resultSummary(total, filters) : ''}
            </p>
            {searching && firstPage && (
              <span className="muted small" aria-hidden="true">
                Updating…
              </span>
            )}
          </div>
          {directory.isPending && <p className="muted">Loading members…</p>}
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
                {directory.isFetchingNextPage ? 'Loading…' : 'Show more'}
              </button>
              <span className="muted small">
                Showing {members.length} of {total}
              </span>
            </div>
          )}
        </section>
      </div>
    </section>
  );
}

function resultSummary(total: number, filters: DirectoryFilters): string {
  if (total === 0) return 'No members found.';
  const narrowed = hasFilters(filters);
  if (filters.q) {
    return `${plural(total)} ${total === 1 ? 'matches' : 'match'} “${filters.q}”${narrowed ? ' and your filters' : ''}.`;
  }
  if (narrowed) return `${plural(total)} ${total === 1 ? 'matches' : 'match'} your filters.`;
  return `${plural(total)} in the network.`;
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
  const narrowed = hasFilters(filters);
  return (
    <div className="empty-state">
      <p>
        {filters.q ? (
          <>
            No one matches “{filters.q}”.{' '}
            {narrowed ? 'Try fewer words, or remove a filter.' : 'Try fewer or other words.'}
          </>
        ) : (
          'No one matches these filters. Try removing one.'
        )}
      </p>
      <div className="button-row">
        {narrowed && (
          <button type="button" className="button-secondary" onClick={onClearFilters}>
            Clear filters
          </button>
        )}
        {filters.q && (
          <button type="button" className="button-secondary" onClick={onClearSearch}>
            Clear the search
          </button>
        )}
      </div>
    </div>
  );
}

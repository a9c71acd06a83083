import type { ThreadKind } from '@praxis/contracts/threads';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { SelectField } from '../../components/form-field.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { TagFilter } from '../../components/tag-filter.tsx';
import { KIND_NAMES } from '../../components/thread-kind-badge.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { SEARCH_MIN_LENGTH, type SearchFilters, useSearch } from './api/search-threads.ts';
import { SearchHit } from './components/search-hit.tsx';
import { filtersFrom, paramsFrom } from './search-params.ts';

/** Results for the words typed in the header's search box, narrowed by kind, state and tag. */
export function SearchPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  useDocumentTitle(filters.q ? `Search: ${filters.q}` : 'Search');
  const search = useSearch(filters);
  const hits = search.data?.pages.flatMap((page) => page.hits) ?? [];
  const tooShort = filters.q.length < SEARCH_MIN_LENGTH;
  const narrowed = Boolean(filters.kind || filters.tag || filters.solved);
  const updating = search.isFetching && !search.isFetchingNextPage;

  const change = (next: SearchFilters) =>
    setSearchParams(paramsFrom(next), { preventScrollReset: true });

  return (
    <section className="page">
      <h1>Search</h1>
      {tooShort ? (
        <p className="lead">
          {filters.q
            ? `Type at least ${SEARCH_MIN_LENGTH} characters in the search box above.`
            : 'Type in the search box above to search questions, stories, discussions and their replies.'}
        </p>
      ) : (
        <p className="lead">Threads and replies matching “{filters.q}”.</p>
      )}

      <SearchFiltersBar filters={filters} onChange={change} />

      <section aria-labelledby="search-results-heading">
        <h2 id="search-results-heading" className="visually-hidden">
          Results
        </h2>
        <p className="result-count" role="status">
          {search.isSuccess && !tooShort
            ? hits.length === 0
              ? 'Nothing found.'
              : `${hits.length}${search.hasNextPage ? '+' : ''} ${hits.length === 1 ? 'result' : 'results'}`
            : ''}
        </p>
        {search.isError && <Alert tone="error">{formErrors(search.error).message}</Alert>}
        {search.isLoading && <p className="muted">Searching…</p>}
        {search.isSuccess && !tooShort && hits.length === 0 && (
          <div className="empty-state">
            <p>
              Nothing matches “{filters.q}”
              {narrowed ? ' with these filters. Try removing one.' : '. Try fewer or other words.'}
            </p>
            {narrowed && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => change({ q: filters.q })}
              >
                Clear filters
              </button>
            )}
          </div>
        )}
        {hits.length > 0 && !tooShort && (
          <ol className="thread-list" aria-busy={updating}>
            {hits.map((hit) => (
              <li key={`${hit.thread.id}-${hit.replyId ?? ''}`}>
                <SearchHit hit={hit} />
              </li>
            ))}
          </ol>
        )}
        <div className="show-more">
          <ShowMoreButton list={search} label="Show more results" />
        </div>
      </section>
    </section>
  );
}

function SearchFiltersBar({
  filters,
  onChange,
}: {
  filters: SearchFilters;
  onChange(next: SearchFilters): void;
}) {
  return (
    <div className="filter-bar">
      <SelectField
        label="Kind"
        value={filters.kind ?? ''}
        onChange={(event) => {
          const kind = (event.target.value || undefined) as ThreadKind | undefined;
          onChange({ ...filters, kind, solved: kind === 'question' ? filters.solved : undefined });
        }}
      >
        <option value="">All kinds</option>
        {Object.entries(KIND_NAMES).map(([kind, name]) => (
          <option key={kind} value={kind}>
            {name}
          </option>
        ))}
      </SelectField>
      {filters.kind === 'question' && (
        <SelectField
          label="Solved"
          value={filters.solved ?? ''}
          onChange={(event) =>
            onChange({
              ...filters,
              solved: (event.target.value || undefined) as SearchFilters['solved'],
            })
          }
        >
          <option value="">Solved or not</option>
          <option value="true">Solved</option>
          <option value="false">Not solved yet</option>
        </SelectField>
      )}
      <TagFilter
        id="search-tag-filter"
        tag={filters.tag}
        onApply={(tag) => onChange({ ...filters, tag })}
      />
    </div>
  );
}

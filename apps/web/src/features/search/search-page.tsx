import { ThreadKind } from '@praxis/contracts/threads';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { SelectField } from '../../components/form-field.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { TagFilter } from '../../components/tag-filter.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { SEARCH_MIN_LENGTH, type SearchFilters, useSearch } from './api/search-threads.ts';
import { OtherKinds } from './components/other-kinds.tsx';
import { SearchHit } from './components/search-hit.tsx';
import { filtersFrom, paramsFrom } from './search-params.ts';

/**
 * Results for the words typed in the header's search box: people, meetups and chat messages
 * first, then the threads, narrowed by kind, state and tag.
 */
export function SearchPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  useDocumentTitle(
    filters.q ? t('search.page.titleWithQuery', { q: filters.q }) : t('search.page.title'),
  );
  const search = useSearch(filters);
  const hits = search.data?.pages.flatMap((page) => page.hits) ?? [];
  const tooShort = filters.q.length < SEARCH_MIN_LENGTH;
  const narrowed = Boolean(filters.kind || filters.tag || filters.solved);
  const updating = search.isFetching && !search.isFetchingNextPage;

  const change = (next: SearchFilters) =>
    setSearchParams(paramsFrom(next), { preventScrollReset: true });

  return (
    <section className="page">
      <h1>{t('search.page.title')}</h1>
      <p className="lead">
        {tooShort
          ? filters.q
            ? t('search.page.tooShort', { min: SEARCH_MIN_LENGTH })
            : t('search.page.empty')
          : t('search.page.matching', { q: filters.q })}
      </p>

      {!tooShort && <OtherKinds q={filters.q} />}

      <SearchFiltersBar filters={filters} onChange={change} />

      <section aria-labelledby="search-results-heading">
        <h2 id="search-results-heading" className="visually-hidden">
          {t('search.results.heading')}
        </h2>
        <p className="result-count" role="status">
          {search.isSuccess && !tooShort
            ? t(search.hasNextPage ? 'search.results.countMore' : 'search.results.count', {
                count: hits.length,
              })
            : ''}
        </p>
        {search.isError && <Alert tone="error">{formErrors(search.error).message}</Alert>}
        {search.isLoading && <p className="muted">{t('search.results.searching')}</p>}
        {search.isSuccess && !tooShort && hits.length === 0 && (
          <div className="empty-state">
            <p>
              {t(narrowed ? 'search.results.noneFiltered' : 'search.results.none', {
                q: filters.q,
              })}
            </p>
            {narrowed && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => change({ q: filters.q })}
              >
                {t('search.results.clearFilters')}
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
          <ShowMoreButton list={search} label={t('search.results.showMore')} />
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
  const t = useT();
  return (
    <div className="filter-bar">
      <SelectField
        label={t('search.filters.kind')}
        value={filters.kind ?? ''}
        onChange={(event) => {
          const kind = (event.target.value || undefined) as ThreadKind | undefined;
          onChange({ ...filters, kind, solved: kind === 'question' ? filters.solved : undefined });
        }}
      >
        <option value="">{t('search.filters.allKinds')}</option>
        {ThreadKind.options.map((kind) => (
          <option key={kind} value={kind}>
            {t(`common.threadKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      {filters.kind === 'question' && (
        <SelectField
          label={t('search.filters.solved')}
          value={filters.solved ?? ''}
          onChange={(event) =>
            onChange({
              ...filters,
              solved: (event.target.value || undefined) as SearchFilters['solved'],
            })
          }
        >
          <option value="">{t('search.filters.solvedAny')}</option>
          <option value="true">{t('search.filters.solvedYes')}</option>
          <option value="false">{t('search.filters.solvedNo')}</option>
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

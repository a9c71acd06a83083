import type { AccountMember } from '@praxis/contracts/members';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { uniqueById } from '../../lib/unique-by-id.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { type ThreadFilters, useThreadList } from './api/list-threads.ts';
import { ThreadListFilters } from './components/thread-list-filters.tsx';
import { ThreadRow } from './components/thread-row.tsx';
import { filtersFrom, paramsFrom, threadsHref } from './thread-search-params.ts';
import { useCohortChoices } from './use-cohort-choices.ts';
import { useLiveThreadList } from './use-live-thread-list.ts';

export function ThreadsPage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('threads.list.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const threads = useThreadList(filters);
  const organiser = member.role !== 'member';
  const { cohorts } = useCohortChoices(member, 'visible');
  const rows = uniqueById(threads.data?.pages.flatMap((page) => page.threads) ?? []);
  const narrowed = Boolean(filters.kind || filters.tag || filters.cohort || filters.author);
  const updating = threads.isFetching && !threads.isFetchingNextPage;
  const live = useLiveThreadList(new Set(rows.map((row) => row.id)));

  const navigate = (next: ThreadFilters) =>
    setSearchParams(paramsFrom(next), { preventScrollReset: true });
  const hrefForTag = (tag: string) => threadsHref({ ...filters, tag });

  return (
    <section className="page">
      <div className="page-heading">
        <div>
          <h1>{t('threads.list.title')}</h1>
          <p className="lead">{t('threads.list.lead')}</p>
        </div>
        <Link className="button-primary" to="/threads/new">
          {t('threads.list.newThread')}
        </Link>
      </div>

      <ThreadListFilters
        filters={filters}
        cohorts={cohorts}
        organiser={organiser}
        onChange={navigate}
      />

      <section aria-labelledby="thread-list-heading">
        <h2 id="thread-list-heading" className="visually-hidden">
          {t('threads.list.listHeading')}
        </h2>
        {threads.isPending && (
          <p className="loading" role="status">
            {t('threads.list.loading')}
          </p>
        )}
        {threads.isError && <Alert tone="error">{formErrors(threads.error).message}</Alert>}
        {live.elsewhere > 0 && (
          <div className="new-activity-bar" role="status">
            <button type="button" className="button-secondary" onClick={live.refresh}>
              {t('threads.list.newActivity')}
            </button>
          </div>
        )}
        {threads.isSuccess && rows.length === 0 && (
          <div className="empty-state">
            <p>
              {narrowed
                ? t('threads.list.noMatch')
                : t(`threads.list.empty.${filters.view ?? 'latest'}`)}
            </p>
            <div className="button-row">
              {narrowed && (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => navigate({ view: filters.view })}
                >
                  {t('threads.filters.clear')}
                </button>
              )}
              <Link className="button-secondary" to="/threads/new">
                {t('threads.list.startThread')}
              </Link>
            </div>
          </div>
        )}
        {rows.length > 0 && (
          <ul className="thread-list" aria-busy={updating}>
            {rows.map((thread) => (
              <li key={thread.id}>
                <ThreadRow
                  thread={thread}
                  hrefForTag={hrefForTag}
                  activity={live.active.has(thread.id)}
                />
              </li>
            ))}
          </ul>
        )}
        <div className="show-more">
          <ShowMoreButton list={threads} />
        </div>
      </section>
    </section>
  );
}

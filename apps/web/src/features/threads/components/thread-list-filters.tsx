import { THREAD_KINDS, type ThreadKind } from '@praxis/contracts/thread-rules';
import { Link } from 'react-router';
import { SelectField } from '../../../components/form-field.tsx';
import { TagFilter } from '../../../components/tag-filter.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import type { ThreadFilters } from '../api/list-threads.ts';
import { threadsHref } from '../thread-search-params.ts';
import type { CohortChoice } from '../use-cohort-choices.ts';

const VIEWS = ['latest', 'unanswered', 'stories'] as const;

const STORY_CHOICES = [
  { kind: undefined, label: 'threads.filters.story.all' },
  { kind: 'success', label: 'threads.filters.story.success' },
  { kind: 'failure', label: 'threads.filters.story.failure' },
] as const;

/** The views as tabs (links, so each view has its address), then the filters within a view. */
export function ThreadListFilters({
  filters,
  cohorts,
  organiser,
  onChange,
}: {
  filters: ThreadFilters;
  cohorts: CohortChoice[];
  organiser: boolean;
  onChange(next: ThreadFilters): void;
}) {
  const t = useT();
  const view = filters.view ?? 'latest';
  const cohortName = cohorts.find((cohort) => cohort.id === filters.cohort)?.name;

  return (
    <div className="thread-filters">
      <nav aria-label={t('threads.filters.viewsLabel')}>
        <ul className="view-tabs">
          {VIEWS.map((tab) => (
            <li key={tab}>
              <Link
                to={threadsHref({ ...filters, view: tab, kind: undefined })}
                aria-current={tab === view ? 'page' : undefined}
              >
                {t(`threads.filters.view.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="filter-bar">
        {view === 'stories' && (
          <fieldset className="filter-chips">
            <legend className="visually-hidden">{t('threads.filters.whichStories')}</legend>
            {STORY_CHOICES.map((choice) => (
              <button
                key={choice.label}
                type="button"
                className="chip"
                aria-pressed={filters.kind === choice.kind}
                onClick={() => onChange({ ...filters, kind: choice.kind })}
              >
                {t(choice.label)}
              </button>
            ))}
          </fieldset>
        )}
        {view === 'latest' && (
          <SelectField
            label={t('threads.filters.kindLabel')}
            value={filters.kind ?? ''}
            onChange={(event) =>
              onChange({ ...filters, kind: (event.target.value || undefined) as ThreadKind })
            }
          >
            <option value="">{t('threads.filters.allKinds')}</option>
            {THREAD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`common.threadKind.${kind}`)}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          label={t('threads.filters.cohortLabel')}
          value={filters.cohort ?? ''}
          onChange={(event) => onChange({ ...filters, cohort: event.target.value || undefined })}
        >
          <option value="">
            {organiser
              ? t('threads.filters.allCohorts')
              : t('threads.filters.networkAndYourCohorts')}
          </option>
          {filters.cohort && !cohortName && (
            <option value={filters.cohort}>{t('threads.filters.chosenCohort')}</option>
          )}
          {cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {cohort.name}
            </option>
          ))}
        </SelectField>
        <TagFilter
          id="thread-tag-filter"
          tag={filters.tag}
          onApply={(tag) => onChange({ ...filters, tag })}
        />
      </div>

      <ActiveFilters filters={filters} cohortName={cohortName} onChange={onChange} />
    </div>
  );
}

function ActiveFilters({
  filters,
  cohortName,
  onChange,
}: {
  filters: ThreadFilters;
  cohortName: string | undefined;
  onChange(next: ThreadFilters): void;
}) {
  const t = useT();
  const active = [
    filters.tag && { key: 'tag', label: t('threads.filters.active.tag', { tag: filters.tag }) },
    filters.cohort && {
      key: 'cohort',
      label: cohortName
        ? t('threads.filters.active.cohort', { cohort: cohortName })
        : t('threads.filters.active.chosenCohort'),
    },
    filters.author && {
      key: 'author',
      label: t('threads.filters.active.author', { author: filters.author }),
    },
  ].filter(Boolean) as { key: 'tag' | 'cohort' | 'author'; label: string }[];
  if (active.length === 0) return null;
  return (
    <div className="active-filters">
      <ul className="tag-editor-list chips" aria-label={t('threads.filters.activeLabel')}>
        {active.map((filter) => (
          <li key={filter.key} className="tag tag-removable">
            {filter.label}
            <button
              type="button"
              className="tag-remove"
              aria-label={t('threads.filters.remove', { filter: filter.label })}
              onClick={() => onChange({ ...filters, [filter.key]: undefined })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {active.length > 1 && (
        <button
          type="button"
          className="button-link"
          onClick={() => onChange({ view: filters.view, kind: filters.kind })}
        >
          {t('threads.filters.clear')}
        </button>
      )}
    </div>
  );
}

import type { ThreadKind } from '@praxis/contracts/threads';
import { Link } from 'react-router';
import { SelectField } from '../../../components/form-field.tsx';
import { TagFilter } from '../../../components/tag-filter.tsx';
import { KIND_NAMES } from '../../../components/thread-kind-badge.tsx';
import type { ThreadFilters } from '../api/list-threads.ts';
import { threadsHref } from '../thread-search-params.ts';
import type { CohortChoice } from '../use-cohort-choices.ts';

const VIEWS = [
  { view: 'latest', label: 'Latest' },
  { view: 'unanswered', label: 'Unanswered questions' },
  { view: 'stories', label: 'Stories' },
] as const;

const STORY_CHOICES = [
  { kind: undefined, label: 'All stories' },
  { kind: 'success', label: 'Successes' },
  { kind: 'failure', label: 'Failures' },
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
  const view = filters.view ?? 'latest';
  const cohortName = cohorts.find((cohort) => cohort.id === filters.cohort)?.name;

  return (
    <div className="thread-filters">
      <nav aria-label="Thread views">
        <ul className="view-tabs">
          {VIEWS.map((tab) => (
            <li key={tab.view}>
              <Link
                to={threadsHref({ ...filters, view: tab.view, kind: undefined })}
                aria-current={tab.view === view ? 'page' : undefined}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="filter-bar">
        {view === 'stories' && (
          <fieldset className="filter-chips">
            <legend className="visually-hidden">Which stories</legend>
            {STORY_CHOICES.map((choice) => (
              <button
                key={choice.label}
                type="button"
                className="chip"
                aria-pressed={filters.kind === choice.kind}
                onClick={() => onChange({ ...filters, kind: choice.kind })}
              >
                {choice.label}
              </button>
            ))}
          </fieldset>
        )}
        {view === 'latest' && (
          <SelectField
            label="Kind"
            value={filters.kind ?? ''}
            onChange={(event) =>
              onChange({ ...filters, kind: (event.target.value || undefined) as ThreadKind })
            }
          >
            <option value="">All kinds</option>
            {Object.entries(KIND_NAMES).map(([kind, name]) => (
              <option key={kind} value={kind}>
                {name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          label="Cohort"
          value={filters.cohort ?? ''}
          onChange={(event) => onChange({ ...filters, cohort: event.target.value || undefined })}
        >
          <option value="">{organiser ? 'All cohorts' : 'The network and your cohorts'}</option>
          {filters.cohort && !cohortName && <option value={filters.cohort}>Chosen cohort</option>}
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
  const active = [
    filters.tag && { key: 'tag', label: `Tag: ${filters.tag}` },
    filters.cohort && { key: 'cohort', label: `Cohort: ${cohortName ?? 'chosen cohort'}` },
    filters.author && { key: 'author', label: `By @${filters.author}` },
  ].filter(Boolean) as { key: 'tag' | 'cohort' | 'author'; label: string }[];
  if (active.length === 0) return null;
  return (
    <div className="active-filters">
      <ul className="tag-editor-list chips" aria-label="Filters in force">
        {active.map((filter) => (
          <li key={filter.key} className="tag tag-removable">
            {filter.label}
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove the filter ${filter.label}`}
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
          Clear filters
        </button>
      )}
    </div>
  );
}

import type { DirectoryPage, FacetValue } from '@praxis/contracts/directory';
import type { GovernmentLevel } from '@praxis/contracts/positions';
import { useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { countryName, languageName } from '../../../lib/display-names.ts';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { type TFunction, useT } from '../../../lib/i18n/use-t.tsx';
import type { DirectoryFilters } from '../api/search-members.ts';
import { FACETS, type Facet } from '../directory-search-params.ts';
import { WorkedAtFilter } from './worked-at-filter.tsx';

const TITLES: Record<Facet, MessageId> = {
  expertise: 'directory.facets.expertise',
  level: 'careers.facets.level',
  policyArea: 'careers.facets.policyArea',
  cohort: 'directory.facets.cohort',
  programme: 'directory.facets.programme',
  country: 'directory.facets.country',
  language: 'directory.facets.language',
};

/** Chips beyond this many wait behind a "show all" button, so the results stay in view. */
const FIRST_CHIPS = 8;

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function labelOf(
  facet: Facet,
  value: FacetValue | { value: string; label: string },
  locale: string,
  t: TFunction,
) {
  if (facet === 'level') return t(`careers.level.${value.value as GovernmentLevel}`);
  if (facet === 'country') return countryName(value.value, locale);
  if (facet === 'language') return languageName(value.value, locale);
  if (facet === 'expertise') return sentenceCase(value.label);
  return value.label;
}

/**
 * Filter chips with how many matching members have each value; a pressed chip is a filter in
 * force, and pressing it again lifts it. Counts are over the current matches, so they shrink
 * as the search narrows.
 */
export function FacetFilters({
  facets,
  filters,
  onChange,
  onClear,
}: {
  facets: DirectoryPage['facets'] | undefined;
  filters: DirectoryFilters;
  onChange(facet: Facet | 'openToAdvise' | 'organisation', value: string | undefined): void;
  onClear(): void;
}) {
  const t = useT();
  const { locale } = useIntl();
  // Cohorts and programmes are chosen by id; remember their names in case a filter hides them.
  const names = useRef(new Map<string, string>());
  for (const facet of ['cohort', 'programme'] as const) {
    for (const value of facets?.[facet] ?? []) names.current.set(value.value, value.label);
  }
  const selectedCount =
    FACETS.filter((facet) => filters[facet]).length +
    (filters.openToAdvise === 'true' ? 1 : 0) +
    (filters.organisation ? 1 : 0);
  // On a phone the chips would push the results out of sight, so they fold away there.
  const [open, setOpen] = useState(false);
  const bodyId = useId();

  return (
    <section className={`facets${open ? ' facets-open' : ''}`} aria-labelledby="facets-heading">
      <div className="facets-header">
        <h2 id="facets-heading">{t('directory.facets.heading')}</h2>
        <button
          type="button"
          className="button-secondary facets-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((value) => !value)}
        >
          {t(open ? 'directory.facets.hide' : 'directory.facets.show', { count: selectedCount })}
        </button>
        {selectedCount > 0 && (
          <button type="button" className="button-link" onClick={onClear}>
            {t('directory.facets.clear')}
          </button>
        )}
      </div>
      <div className="facets-body" id={bodyId}>
        <WorkedAtFilter
          organisation={filters.organisation ?? ''}
          onChange={(organisation) => onChange('organisation', organisation)}
        />
        <div className="facet-group">
          <button
            type="button"
            className="chip"
            aria-pressed={filters.openToAdvise === 'true'}
            onClick={() =>
              onChange('openToAdvise', filters.openToAdvise === 'true' ? undefined : 'true')
            }
          >
            {t('directory.facets.openToAdvise', { count: facets?.openToAdvise ?? 0 })}
          </button>
        </div>
        {FACETS.map((facet) => {
          const selected = filters[facet];
          const values = facets?.[facet] ?? [];
          const shown =
            selected && !values.some((value) => value.value === selected)
              ? [
                  { value: selected, label: names.current.get(selected) ?? selected, count: 0 },
                  ...values,
                ]
              : values;
          if (shown.length === 0) return null;
          return (
            <FacetGroup
              key={facet}
              title={t(TITLES[facet])}
              values={shown.map((value) => ({ ...value, label: labelOf(facet, value, locale, t) }))}
              selected={selected}
              onToggle={(value) => onChange(facet, value === selected ? undefined : value)}
            />
          );
        })}
      </div>
    </section>
  );
}

function FacetGroup({
  title,
  values,
  selected,
  onToggle,
}: {
  title: string;
  values: FacetValue[];
  selected: string | undefined;
  onToggle(value: string): void;
}) {
  const t = useT();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  // The selected chip always shows, even when it is not among the first few.
  const visible = expanded
    ? values
    : values.filter((value, index) => index < FIRST_CHIPS || value.value === selected);
  return (
    <fieldset className="facet-group">
      <legend>
        <h3>{title}</h3>
      </legend>
      <ul className="chips" id={listId}>
        {visible.map((value) => (
          <li key={value.value}>
            <button
              type="button"
              className="chip"
              aria-pressed={value.value === selected}
              onClick={() => onToggle(value.value)}
            >
              {value.label} ({value.count})
            </button>
          </li>
        ))}
      </ul>
      {values.length > FIRST_CHIPS && (
        <button
          type="button"
          className="button-link"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded
            ? t('directory.facets.showFewer')
            : t('directory.facets.showAll', { count: values.length })}
        </button>
      )}
    </fieldset>
  );
}

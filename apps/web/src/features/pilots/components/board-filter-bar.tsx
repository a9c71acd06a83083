import type { Programme } from '@praxis/contracts/cohorts';
import { PILOT_STAGES, type PilotStage } from '@praxis/contracts/pilots';
import { type FormEvent, useEffect, useState } from 'react';
import { SelectField } from '../../../components/form-field.tsx';
import { useTracks } from '../../../lib/api/list-tracks.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useTrackName } from '../../../lib/use-track-name.ts';
import type { BoardFilters } from '../api/list-pilots.ts';

/** The programme whose board shows, then what narrows it: track, cohort, stage and words. */
export function BoardFilterBar({
  programmes,
  programme,
  filters,
  onChange,
}: {
  programmes: Programme[];
  programme: Programme | undefined;
  filters: BoardFilters;
  onChange(next: BoardFilters): void;
}) {
  const t = useT();
  const tracks = useTracks(programme?.id);
  const trackName = useTrackName();
  return (
    <div className="filter-bar pilot-filters">
      <SelectField
        label={t('pilots.filters.programme')}
        value={programme?.id ?? ''}
        onChange={(event) => onChange({ programme: event.target.value })}
      >
        {programmes.map((each) => (
          <option key={each.id} value={each.id}>
            {each.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('pilots.filters.track')}
        value={filters.track ?? ''}
        onChange={(event) => onChange({ ...filters, track: event.target.value || undefined })}
      >
        <option value="">{t('pilots.filters.allTracks')}</option>
        {tracks.data?.tracks.map((track) => (
          <option key={track.id} value={track.id}>
            {trackName(track)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('pilots.filters.cohort')}
        value={filters.cohort ?? ''}
        onChange={(event) => onChange({ ...filters, cohort: event.target.value || undefined })}
      >
        <option value="">{t('pilots.filters.allCohorts')}</option>
        {programme?.cohorts.map((cohort) => (
          <option key={cohort.id} value={cohort.id}>
            {cohort.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('pilots.filters.stage')}
        value={filters.stage ?? ''}
        onChange={(event) =>
          onChange({ ...filters, stage: (event.target.value || undefined) as PilotStage })
        }
      >
        <option value="">{t('pilots.filters.allStages')}</option>
        {PILOT_STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {t('pilots.stage.name', { stage })}
          </option>
        ))}
      </SelectField>
      <TextFilter text={filters.q} onApply={(q) => onChange({ ...filters, q })} />
    </div>
  );
}

/** Words applied with the button, not on each keystroke, which would fetch a board per letter. */
function TextFilter({
  text,
  onApply,
}: {
  text: string | undefined;
  onApply(text: string | undefined): void;
}) {
  const t = useT();
  const [value, setValue] = useState(text ?? '');
  useEffect(() => setValue(text ?? ''), [text]);
  function apply(event: FormEvent) {
    event.preventDefault();
    onApply(value.trim() || undefined);
  }
  return (
    <form className="tag-filter" onSubmit={apply} aria-label={t('pilots.filters.searchName')}>
      <div className="field">
        <label htmlFor="pilot-text-filter">{t('pilots.filters.text')}</label>
        <input
          id="pilot-text-filter"
          type="search"
          value={value}
          maxLength={200}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button type="submit" className="button-secondary">
        {t('pilots.filters.apply')}
      </button>
    </form>
  );
}

import { useProgrammes } from '../../../lib/api/list-programmes.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** The cohorts a series invites, by programme; none ticked invites the whole network. */
export function CohortCheckboxes({
  selected,
  onChange,
  error,
}: {
  selected: string[];
  onChange(ids: string[]): void;
  error?: string | undefined;
}) {
  const t = useT();
  const programmes = useProgrammes();
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((one) => one !== id));

  return (
    <fieldset className="cohort-checkboxes" aria-describedby="series-cohorts-hint">
      <legend>{t('meetups.cohorts.legend')}</legend>
      <p className="field-hint" id="series-cohorts-hint">
        {selected.length === 0
          ? t('meetups.cohorts.none')
          : t('meetups.cohorts.some', { count: selected.length })}
      </p>
      {programmes.isPending && <p className="muted small">{t('meetups.cohorts.loading')}</p>}
      {programmes.data?.programmes.map((programme) =>
        programme.cohorts.length === 0 ? null : (
          <div key={programme.id} className="cohort-group">
            <p className="cohort-group-name">{programme.name}</p>
            {programme.cohorts.map((cohort) => (
              <div key={cohort.id} className="checkbox-field">
                <input
                  id={`series-cohort-${cohort.id}`}
                  type="checkbox"
                  checked={selected.includes(cohort.id)}
                  onChange={(event) => toggle(cohort.id, event.target.checked)}
                />
                <label htmlFor={`series-cohort-${cohort.id}`}>
                  {cohort.name}{' '}
                  <span className="muted small">
                    {t('meetups.cohorts.memberCount', { count: cohort.memberCount })}
                  </span>
                </label>
              </div>
            ))}
          </div>
        ),
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

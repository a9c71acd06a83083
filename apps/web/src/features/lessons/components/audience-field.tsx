import type { Programme } from '@praxis/contracts/cohorts';
import { useIntl } from 'react-intl';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/**
 * Who may read the lesson: the whole network, or the members of some cohorts. The server keeps
 * it within what the cohort-only sources allow (`limit`), and says which source refuses.
 */
export function AudienceField({
  cohortIds,
  onChange,
  programmes,
  limit,
  error,
}: {
  cohortIds: string[];
  onChange(cohortIds: string[]): void;
  programmes: Programme[];
  /** Null: the whole network is allowed; else only these cohorts (none, until a source widens). */
  limit: { id: string; name: string }[] | null;
  error?: string | undefined;
}) {
  const t = useT();
  const intl = useIntl();
  const whole = cohortIds.length === 0;
  const allowed = limit ? new Set(limit.map((cohort) => cohort.id)) : null;
  const errorId = error ? 'lesson-audience-error' : undefined;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...cohortIds, id] : cohortIds.filter((cohortId) => cohortId !== id));
  return (
    <fieldset aria-describedby={errorId} aria-invalid={error ? true : undefined}>
      <legend>{t('lessons.editor.audienceLegend')}</legend>
      {limit && (
        <p className="field-hint">
          {limit.length === 0
            ? t('lessons.workflow.noAudience')
            : t('lessons.workflow.audienceLimit', {
                cohorts: formatList(
                  intl,
                  limit.map((cohort) => cohort.name),
                ),
              })}
        </p>
      )}
      <label className="checkbox-field">
        <input type="radio" name="lesson-audience" checked={whole} onChange={() => onChange([])} />
        {t('lessons.editor.wholeNetwork')}
      </label>
      <label className="checkbox-field">
        <input
          type="radio"
          name="lesson-audience"
          checked={!whole}
          onChange={() => {
            const first = limit?.[0]?.id ?? programmes[0]?.cohorts[0]?.id;
            if (whole && first) onChange([first]);
          }}
        />
        {t('lessons.editor.someCohorts')}
      </label>
      {!whole && (
        <div className="lesson-audience-cohorts">
          {programmes.map((programme) => (
            <fieldset key={programme.id}>
              <legend className="small">{programme.name}</legend>
              {programme.cohorts.map((cohort) => (
                <label key={cohort.id} className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={cohortIds.includes(cohort.id)}
                    onChange={(event) => toggle(cohort.id, event.target.checked)}
                  />
                  {cohort.name}
                  {allowed && !allowed.has(cohort.id) && (
                    <span className="small muted"> {t('lessons.editor.beyondSources')}</span>
                  )}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

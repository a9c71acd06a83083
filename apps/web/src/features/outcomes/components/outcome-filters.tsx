import type { OutcomesQuery } from '@praxis/contracts/outcomes';
import { type FormEvent, useState } from 'react';
import { FormField, SelectField } from '../../../components/form-field.tsx';
import { useProgrammes } from '../../../lib/api/list-programmes.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** Programme, cohort and months: the figures' scope, applied when the form is sent. */
export function OutcomeFilters({
  query,
  fields,
  onApply,
}: {
  query: OutcomesQuery;
  fields: Record<string, string>;
  onApply(query: OutcomesQuery): void;
}) {
  const t = useT();
  const programmes = useProgrammes().data?.programmes ?? [];
  const [draft, setDraft] = useState(query);
  const set = (key: keyof OutcomesQuery, value: string) =>
    setDraft((current) => ({ ...current, [key]: value || undefined }));
  const cohorts = programmes
    .filter((programme) => !draft.programme || programme.id === draft.programme)
    .flatMap((programme) => programme.cohorts.map((cohort) => ({ ...cohort, programme })));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <form className="outcome-filters" onSubmit={submit} aria-label={t('outcomes.filters.label')}>
      <SelectField
        label={t('outcomes.filters.programme')}
        value={draft.programme ?? ''}
        error={fields.programme}
        onChange={(event) =>
          setDraft((current) => ({
            ...current,
            programme: event.target.value || undefined,
            cohort: undefined,
          }))
        }
      >
        <option value="">{t('outcomes.filters.allProgrammes')}</option>
        {programmes.map((programme) => (
          <option key={programme.id} value={programme.id}>
            {programme.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('outcomes.filters.cohort')}
        value={draft.cohort ?? ''}
        error={fields.cohort}
        onChange={(event) => set('cohort', event.target.value)}
      >
        <option value="">{t('outcomes.filters.allCohorts')}</option>
        {cohorts.map((cohort) => (
          <option key={cohort.id} value={cohort.id}>
            {draft.programme ? cohort.name : `${cohort.name} · ${cohort.programme.name}`}
          </option>
        ))}
      </SelectField>
      <FormField
        label={t('outcomes.filters.from')}
        hint={t('outcomes.filters.monthHint')}
        type="month"
        placeholder="2026-01"
        value={draft.from ?? ''}
        error={fields.from}
        onChange={(event) => set('from', event.target.value)}
      />
      <FormField
        label={t('outcomes.filters.to')}
        hint={t('outcomes.filters.monthHint')}
        type="month"
        placeholder="2026-12"
        value={draft.to ?? ''}
        error={fields.to}
        onChange={(event) => set('to', event.target.value)}
      />
      <div className="outcome-filters-actions">
        <button type="submit" className="button-primary">
          {t('outcomes.filters.apply')}
        </button>
      </div>
    </form>
  );
}

import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useCreateCohort } from '../api/create-cohort.ts';

export function NewCohortForm({
  programmeId,
  programmeName,
}: {
  programmeId: string;
  programmeName: string;
}) {
  const t = useT();
  const create = useCreateCohort();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const { message, fields } = formErrors(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      {
        programmeId,
        name,
        year: Number(year),
        startsOn: startsOn || null,
        endsOn: endsOn || null,
      },
      {
        // A new cohort is empty: the next step is always to bring its people in.
        onSuccess: (cohort) =>
          navigate(`/cohorts/${cohort.id}/invite`, { state: { createdCohort: cohort.name } }),
      },
    );
  }

  return (
    <details>
      <summary>{t('cohorts.newCohort.summary', { programme: programmeName })}</summary>
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label={t('cohorts.newCohort.name')}
          hint={t('cohorts.newCohort.nameHint', { programme: programmeName, year })}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fields.name}
          required
        />
        <div className="field-pair">
          <FormField
            label={t('cohorts.newCohort.year')}
            inputMode="numeric"
            value={year}
            onChange={(event) => setYear(event.target.value)}
            error={fields.year}
            required
          />
          <FormField
            label={t('cohorts.newCohort.startsOn')}
            type="date"
            value={startsOn}
            onChange={(event) => setStartsOn(event.target.value)}
            error={fields.startsOn}
          />
          <FormField
            label={t('cohorts.newCohort.endsOn')}
            type="date"
            value={endsOn}
            onChange={(event) => setEndsOn(event.target.value)}
            error={fields.endsOn}
          />
        </div>
        <button type="submit" className="button-primary" disabled={create.isPending}>
          {t('cohorts.newCohort.create')}
        </button>
      </form>
    </details>
  );
}

import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useCreateProgramme } from '../api/create-programme.ts';

export function NewProgrammeForm() {
  const t = useT();
  const create = useCreateProgramme();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const { message, fields } = formErrors(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { name, description },
      {
        onSuccess: () => {
          setName('');
          setDescription('');
        },
      },
    );
  }

  return (
    <details className="panel">
      <summary>{t('cohorts.newProgramme.summary')}</summary>
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label={t('cohorts.newProgramme.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fields.name}
          required
        />
        <FormField
          label={t('cohorts.newProgramme.description')}
          hint={t('cohorts.newProgramme.descriptionHint')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fields.description}
        />
        <button type="submit" className="button-primary" disabled={create.isPending}>
          {t('cohorts.newProgramme.create')}
        </button>
      </form>
    </details>
  );
}

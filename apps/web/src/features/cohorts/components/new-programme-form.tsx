import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useCreateProgramme } from '../api/create-programme.ts';

export function NewProgrammeForm() {
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
      <summary>New programme</summary>
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label="Programme name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fields.name}
          required
        />
        <FormField
          label="Description"
          hint="Optional: what the programme is, in a sentence."
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fields.description}
        />
        <button type="submit" className="button-primary" disabled={create.isPending}>
          Create programme
        </button>
      </form>
    </details>
  );
}

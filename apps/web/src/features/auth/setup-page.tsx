import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { NewPasswordField } from '../../components/new-password-field.tsx';
import { useCreateAdmin } from './api/create-admin.ts';
import { useSetupStatus } from './api/get-setup-status.ts';

/** First run: the database has no member yet, so whoever installed Praxis becomes its admin. */
export function SetupPage() {
  const createAdmin = useCreateAdmin();
  const tokenRequired = useSetupStatus().data?.tokenRequired ?? false;
  const [setupToken, setSetupToken] = useState('');
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { message, fields } = formErrors(createAdmin.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    createAdmin.mutate(
      { name, email, password, ...(tokenRequired ? { setupToken } : {}) },
      { onSuccess: () => navigate('/', { replace: true }) },
    );
  }

  return (
    <AuthCard
      title="Set up Praxis"
      intro={
        <p>
          Welcome. Praxis has no members yet: create the first account. It will be the
          administrator, who can invite organisers and members.
        </p>
      }
    >
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        {tokenRequired && (
          <FormField
            label="Setup token"
            name="setupToken"
            autoComplete="off"
            spellCheck={false}
            required
            hint="Praxis printed it in the server log when it started. It proves you run this server."
            value={setupToken}
            onChange={(event) => setSetupToken(event.target.value)}
            error={fields.setupToken}
          />
        )}
        <FormField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fields.name}
        />
        <FormField
          label="E-mail"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fields.email}
        />
        <NewPasswordField
          label="Password"
          value={password}
          onChange={setPassword}
          account={{ email, name }}
          error={fields.password}
        />
        <button type="submit" className="button-primary" disabled={createAdmin.isPending}>
          {createAdmin.isPending ? 'Creating…' : 'Create admin account'}
        </button>
      </form>
    </AuthCard>
  );
}

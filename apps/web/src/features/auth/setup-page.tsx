import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { NewPasswordField } from '../../components/new-password-field.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useCreateAdmin } from './api/create-admin.ts';
import { useSetupStatus } from './api/get-setup-status.ts';

/** First run: the database has no member yet, so whoever installed Praxis becomes its admin. */
export function SetupPage() {
  const t = useT();
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
    <AuthCard title={t('auth.setup.title')} intro={<p>{t('auth.setup.intro')}</p>}>
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        {tokenRequired && (
          <FormField
            label={t('auth.setup.token')}
            name="setupToken"
            autoComplete="off"
            spellCheck={false}
            required
            hint={t('auth.setup.tokenHint')}
            value={setupToken}
            onChange={(event) => setSetupToken(event.target.value)}
            error={fields.setupToken}
          />
        )}
        <FormField
          label={t('auth.setup.name')}
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fields.name}
        />
        <FormField
          label={t('auth.field.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fields.email}
        />
        <NewPasswordField
          label={t('auth.field.password')}
          value={password}
          onChange={setPassword}
          account={{ email, name }}
          error={fields.password}
        />
        <button type="submit" className="button-primary" disabled={createAdmin.isPending}>
          {t(createAdmin.isPending ? 'auth.setup.creating' : 'auth.setup.submit')}
        </button>
      </form>
    </AuthCard>
  );
}

import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useRequestPasswordReset } from './api/request-password-reset.ts';

export function ForgotPasswordPage() {
  const t = useT();
  const reset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const { message, fields } = formErrors(reset.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate({ email });
  }

  return (
    <AuthCard title={t('auth.forgot.title')} intro={<p>{t('auth.forgot.intro')}</p>}>
      {reset.data && <Alert tone="success">{reset.data.message}</Alert>}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
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
        <button type="submit" className="button-primary" disabled={reset.isPending}>
          {t(reset.isPending ? 'auth.forgot.sending' : 'auth.forgot.send')}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/login">{t('auth.backToSignIn')}</Link>
      </p>
    </AuthCard>
  );
}

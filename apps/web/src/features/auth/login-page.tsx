import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useSsoOptions } from './api/get-sso-options.ts';
import { useLogin } from './api/login.ts';

export function LoginPage() {
  const t = useT();
  const login = useLogin();
  const location = useLocation();
  const { notice, from } = (location.state as { notice?: string; from?: string } | null) ?? {};
  const sso = useSsoOptions().data;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { message, fields } = formErrors(login.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    // Once signed in, the router leaves this page for wherever the member was heading.
    login.mutate({ email, password });
  }

  return (
    <AuthCard title={t('auth.login.title')} intro={<p>{t('auth.login.intro')}</p>}>
      {notice && <Alert tone="success">{notice}</Alert>}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label={t('auth.field.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fields.email}
        />
        <FormField
          label={t('auth.field.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fields.password}
        />
        <button type="submit" className="button-primary" disabled={login.isPending}>
          {t(login.isPending ? 'auth.login.signingIn' : 'auth.login.submit')}
        </button>
      </form>
      {sso?.enabled && (
        <>
          <p className="auth-divider">{t('auth.login.or')}</p>
          {/* A page load, not a fetch: the browser itself goes to the organisation's sign-in. */}
          <a
            className="button-secondary button-block"
            href={`/api/auth/oidc/start${from ? `?next=${encodeURIComponent(from)}` : ''}`}
          >
            {sso.buttonLabel ?? t('auth.login.sso')}
          </a>
        </>
      )}
      <p className="auth-links">
        <Link to="/forgot-password">{t('auth.login.forgot')}</Link>
      </p>
      <p className="muted small">{t('auth.login.invitationOnly')}</p>
    </AuthCard>
  );
}

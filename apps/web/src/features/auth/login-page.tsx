import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { useSsoOptions } from './api/get-sso-options.ts';
import { useLogin } from './api/login.ts';

export function LoginPage() {
  const login = useLogin();
  const location = useLocation();
  const { notice, from } = (location.state as { notice?: string; from?: string } | null) ?? {};
  const sso = useSsoOptions().data?.buttonLabel;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { message, fields } = formErrors(login.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    // Once signed in, the router leaves this page for wherever the member was heading.
    login.mutate({ email, password });
  }

  return (
    <AuthCard title="Sign in" intro={<p>The network of public-sector innovation alumni.</p>}>
      {notice && <Alert tone="success">{notice}</Alert>}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label="E-mail"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fields.email}
        />
        <FormField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fields.password}
        />
        <button type="submit" className="button-primary" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {sso && (
        <>
          <p className="auth-divider">or</p>
          {/* A page load, not a fetch: the browser itself goes to the organisation's sign-in. */}
          <a
            className="button-secondary button-block"
            href={`/api/auth/oidc/start${from ? `?next=${encodeURIComponent(from)}` : ''}`}
          >
            {sso}
          </a>
        </>
      )}
      <p className="auth-links">
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p className="muted small">
        Praxis is invitation-only. Ask an organiser of your programme for an invitation.
      </p>
    </AuthCard>
  );
}

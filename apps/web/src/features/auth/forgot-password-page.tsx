import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { useRequestPasswordReset } from './api/request-password-reset.ts';

export function ForgotPasswordPage() {
  const reset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const { message, fields } = formErrors(reset.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate({ email });
  }

  return (
    <AuthCard
      title="Reset your password"
      intro={<p>We will e-mail you a link to choose a new password.</p>}
    >
      {reset.data && <Alert tone="success">{reset.data.message}</Alert>}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
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
        <button type="submit" className="button-primary" disabled={reset.isPending}>
          {reset.isPending ? 'Sending…' : 'Send the link'}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/login">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}

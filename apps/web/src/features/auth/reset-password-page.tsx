import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { NewPasswordField } from '../../components/new-password-field.tsx';
import { useConfirmPasswordReset } from './api/confirm-password-reset.ts';

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const { message, fields } = formErrors(confirm.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate(
      { token, password },
      {
        onSuccess: () =>
          navigate('/login', {
            replace: true,
            state: { notice: 'Your password is changed. Sign in with it now.' },
          }),
      },
    );
  }

  return (
    <AuthCard title="Choose a new password">
      {!token && (
        <Alert tone="error">
          This page needs the link from the reset e-mail. Open the link again.
        </Alert>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <NewPasswordField
          value={password}
          onChange={setPassword}
          account={{ email: '', name: '' }}
          error={fields.password}
        />
        <button type="submit" className="button-primary" disabled={confirm.isPending || !token}>
          {confirm.isPending ? 'Saving…' : 'Save the new password'}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/forgot-password">Ask for a new link</Link>
      </p>
    </AuthCard>
  );
}

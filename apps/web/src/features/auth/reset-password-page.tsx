import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { NewPasswordField } from '../../components/new-password-field.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useConfirmPasswordReset } from './api/confirm-password-reset.ts';

export function ResetPasswordPage() {
  const t = useT();
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
            state: { notice: t('auth.reset.done') },
          }),
      },
    );
  }

  return (
    <AuthCard title={t('auth.reset.title')}>
      {!token && <Alert tone="error">{t('auth.reset.noToken')}</Alert>}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <NewPasswordField
          value={password}
          onChange={setPassword}
          account={{ email: '', name: '' }}
          error={fields.password}
        />
        <button type="submit" className="button-primary" disabled={confirm.isPending || !token}>
          {t(confirm.isPending ? 'auth.reset.saving' : 'auth.reset.save')}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/forgot-password">{t('auth.reset.newLink')}</Link>
      </p>
    </AuthCard>
  );
}

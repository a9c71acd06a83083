import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useConfirmEmailChange } from './api/confirm-email-change.ts';

/**
 * Where the link e-mailed to a new address leads. The change waits for a press of the button,
 * so that a mail scanner opening the link does not make it on the member's behalf.
 */
export function ConfirmEmailPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmEmailChange();
  const { message } = formErrors(confirm.error);

  return (
    <AuthCard title={t('careers.confirmEmail.title')}>
      {!token && <Alert tone="error">{t('careers.confirmEmail.missing')}</Alert>}
      {message && <Alert tone="error">{message}</Alert>}
      {confirm.isSuccess ? (
        <>
          <Alert tone="success">
            {t('careers.confirmEmail.done', { email: confirm.data.email })}
          </Alert>
          <p className="auth-links">
            <Link to="/">{t('careers.confirmEmail.continue')}</Link>
          </p>
        </>
      ) : (
        <button
          type="button"
          className="button-primary"
          disabled={!token || confirm.isPending}
          onClick={() => confirm.mutate(token)}
        >
          {t(confirm.isPending ? 'careers.confirmEmail.working' : 'careers.confirmEmail.action')}
        </button>
      )}
    </AuthCard>
  );
}

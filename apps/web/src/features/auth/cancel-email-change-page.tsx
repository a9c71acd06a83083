import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useCancelEmailChange } from './api/cancel-email-change.ts';

/**
 * Where the "cancel this change" link in the notice to the old address leads. Like the confirm
 * page, it waits for a press of the button, so that a mail scanner opening the link does not
 * cancel on the member's behalf; it needs no sign-in.
 */
export function CancelEmailChangePage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const cancel = useCancelEmailChange();
  const { message } = formErrors(cancel.error);

  return (
    <AuthCard title={t('careers.cancelEmail.title')}>
      {!token && <Alert tone="error">{t('careers.cancelEmail.missing')}</Alert>}
      {message && <Alert tone="error">{message}</Alert>}
      {cancel.isSuccess ? (
        <>
          <Alert tone="success">{cancel.data.message}</Alert>
          <p className="auth-links">
            <Link to="/">{t('careers.cancelEmail.continue')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('careers.cancelEmail.explain')}</p>
          <button
            type="button"
            className="button-primary"
            disabled={!token || cancel.isPending}
            onClick={() => cancel.mutate(token)}
          >
            {t(cancel.isPending ? 'careers.cancelEmail.working' : 'careers.cancelEmail.action')}
          </button>
        </>
      )}
    </AuthCard>
  );
}

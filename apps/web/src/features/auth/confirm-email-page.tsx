import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useSessionMutation } from '../../lib/session.ts';
import { useConfirmEmailChange } from './api/confirm-email-change.ts';

/**
 * Where the link e-mailed to a new address leads. The change waits for a press of the button,
 * so that a mail scanner opening the link does not make it on the member's behalf. Every
 * session of the account ends with the change, so the member signs in again with the new address.
 */
export function ConfirmEmailPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const confirm = useConfirmEmailChange();
  // The server ended this browser's session with the others: what it knew of the member goes.
  const forget = useSessionMutation(async () => undefined);
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
          <p>{t('careers.confirmEmail.signInAgain', { email: confirm.data.email })}</p>
          <button
            type="button"
            className="button-primary"
            onClick={() => forget.mutate(undefined, { onSuccess: () => navigate('/login') })}
          >
            {t('careers.confirmEmail.continue')}
          </button>
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

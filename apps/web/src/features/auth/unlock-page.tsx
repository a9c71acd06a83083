import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { useUnlockPreview } from './api/get-unlock-preview.ts';
import { useUnlockSignIn } from './api/unlock-sign-in.ts';

/**
 * Where the "unlock and sign in" e-mail leads. It signs in only on a click: mail scanners that
 * open links ahead of the member must not use up the link or get the session. It names the
 * account first, so someone sent another person's link sees that it is not theirs.
 */
export function UnlockPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useUnlockPreview(token);
  const unlock = useUnlockSignIn();
  const navigate = useNavigate();
  const { message } = formErrors(unlock.error ?? preview.error);
  const email = preview.data?.email;

  return (
    <AuthCard title={t('auth.unlock.title')} intro={<p>{t('auth.unlock.intro')}</p>}>
      {!token && <Alert tone="error">{t('auth.unlock.noToken')}</Alert>}
      {message && <Alert tone="error">{message}</Alert>}
      {email && (
        <p>
          <T id="auth.unlock.account" values={{ email }} />
        </p>
      )}
      <button
        type="button"
        className="button-primary"
        disabled={unlock.isPending || !email}
        onClick={() =>
          unlock.mutate({ token }, { onSuccess: () => navigate('/', { replace: true }) })
        }
      >
        {unlock.isPending
          ? t('auth.login.signingIn')
          : email
            ? t('auth.unlock.submitAs', { email })
            : t('auth.unlock.title')}
      </button>
      <p className="auth-links">
        <Link to="/login">{t('auth.unlock.withPassword')}</Link>
      </p>
    </AuthCard>
  );
}

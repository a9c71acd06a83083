import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useUnlockPreview } from './api/get-unlock-preview.ts';
import { useUnlockSignIn } from './api/unlock-sign-in.ts';

/**
 * Where the "unlock and sign in" e-mail leads. It signs in only on a click: mail scanners that
 * open links ahead of the member must not use up the link or get the session. It names the
 * account first, so someone sent another person's link sees that it is not theirs.
 */
export function UnlockPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useUnlockPreview(token);
  const unlock = useUnlockSignIn();
  const navigate = useNavigate();
  const { message } = formErrors(unlock.error ?? preview.error);
  const email = preview.data?.email;

  return (
    <AuthCard
      title="Unlock and sign in"
      intro={
        <p>
          After several wrong passwords, signing in to your account was slowed down. This link ends
          that and signs you in on this browser.
        </p>
      }
    >
      {!token && (
        <Alert tone="error">This page needs the link from the e-mail. Open the link again.</Alert>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      {email && (
        <p>
          This link signs in to the account <strong>{email}</strong>. If that is not your account,
          do not use it.
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
          ? 'Signing in…'
          : email
            ? `Unlock and sign in as ${email}`
            : 'Unlock and sign in'}
      </button>
      <p className="auth-links">
        <Link to="/login">Sign in with your password instead</Link>
      </p>
    </AuthCard>
  );
}

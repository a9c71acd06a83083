import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useFinishSso } from './api/finish-sso.ts';

/** Where the organisation's identity provider sends the browser back to after signing in. */
export function SsoCallbackPage() {
  const t = useT();
  const finish = useFinishSso();
  const { mutate } = finish;
  // The answer's code works once; a second render (React's strict mode) must not spend it again.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const query = window.location.search;
    // Off the address bar and out of history, so a reload or a shared link does not replay it.
    window.history.replaceState(window.history.state, '', window.location.pathname);
    mutate(query, {
      // A full load, so that nothing cached before signing in survives.
      onSuccess: ({ joined, next }) => window.location.replace(joined ? '/welcome' : next),
    });
  }, [mutate]);

  if (finish.isError) {
    return (
      <AuthCard title={t('auth.sso.failed')}>
        <Alert tone="error">{formErrors(finish.error).message}</Alert>
        <p className="auth-links">
          <Link to="/login">{t('auth.backToSignIn')}</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('auth.sso.signingIn')}>
      <p role="status">{t('auth.sso.checking')}</p>
    </AuthCard>
  );
}

import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { useUnsubscribePreview } from './api/get-unsubscribe-preview.ts';
import { useUnsubscribe } from './api/unsubscribe.ts';
import { TOPICS } from './topic-descriptions.ts';

/**
 * Where an e-mail's unsubscribe link leads. It stops mail only on a click: link scanners open
 * links ahead of the member. No sign-in is needed; the link itself names the member and topic.
 */
export function UnsubscribePage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useUnsubscribePreview(token);
  const stop = useUnsubscribe();
  const { message } = formErrors(stop.error ?? preview.error);
  const link = preview.data;

  return (
    <AuthCard title={t('email.unsubscribe.title')}>
      {!token && <Alert tone="error">{t('email.unsubscribe.noToken')}</Alert>}
      {preview.isLoading && (
        <p className="loading" role="status">
          {t('email.unsubscribe.reading')}
        </p>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      {stop.isSuccess ? (
        <Alert tone="success">
          {t('email.unsubscribe.done', { topic: stop.data.topic, address: stop.data.address })}
        </Alert>
      ) : (
        link && (
          <>
            <p>
              <T
                id={link.alreadyOff ? 'email.unsubscribe.alreadyOff' : 'email.unsubscribe.willStop'}
                values={{ topic: link.topic, address: link.address }}
              />
            </p>
            {link.topic === 'daily_summary' && link.topics.length > 0 && (
              <>
                <p>{t('email.unsubscribe.topicsOff')}</p>
                <ul>
                  {link.topics.map((topic) => (
                    <li key={topic}>{t(TOPICS[topic].label)}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="muted small">{t('email.unsubscribe.unaffected')}</p>
            {!link.alreadyOff && (
              <button
                type="button"
                className="button-primary"
                disabled={stop.isPending}
                onClick={() => stop.mutate(token)}
              >
                {t(stop.isPending ? 'email.unsubscribe.stopping' : 'email.unsubscribe.title')}
              </button>
            )}
          </>
        )
      )}
      <p className="auth-links">
        <Link to="/settings/email">{t('email.unsubscribe.settings')}</Link>
        <span className="muted small"> {t('email.unsubscribe.signInNote')}</span>
      </p>
    </AuthCard>
  );
}

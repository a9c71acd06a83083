import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AuthCard } from '../../components/auth-card.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useUnsubscribePreview } from './api/get-unsubscribe-preview.ts';
import { useUnsubscribe } from './api/unsubscribe.ts';
import { TOPICS, unsubscribeTopicName } from './topic-descriptions.ts';

/**
 * Where an e-mail's unsubscribe link leads. It stops mail only on a click: link scanners open
 * links ahead of the member. No sign-in is needed; the link itself names the member and topic.
 */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useUnsubscribePreview(token);
  const stop = useUnsubscribe();
  const { message } = formErrors(stop.error ?? preview.error);
  const link = preview.data;

  return (
    <AuthCard title="Stop these e-mails">
      {!token && (
        <Alert tone="error">
          This page needs the unsubscribe link from an e-mail. Open the link from the e-mail again.
        </Alert>
      )}
      {preview.isLoading && (
        <p className="loading" role="status">
          Reading the link…
        </p>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      {stop.isSuccess ? (
        <Alert tone="success">
          Done: Praxis no longer sends {unsubscribeTopicName(stop.data.topic)} to{' '}
          {stop.data.address}.
        </Alert>
      ) : (
        link && (
          <>
            <p>
              {link.alreadyOff ? 'Praxis already sends no ' : 'Praxis will stop sending '}
              {unsubscribeTopicName(link.topic)} to <strong>{link.address}</strong>
              {link.alreadyOff ? '; there is nothing more to stop.' : '.'}
            </p>
            {link.topic === 'daily_summary' && link.topics.length > 0 && (
              <>
                <p>These topics will no longer be mailed at all:</p>
                <ul>
                  {link.topics.map((topic) => (
                    <li key={topic}>{TOPICS[topic].label}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="muted small">
              Notifications in Praxis stay as they are, and other e-mail is not affected.
            </p>
            {!link.alreadyOff && (
              <button
                type="button"
                className="button-primary"
                disabled={stop.isPending}
                onClick={() => stop.mutate(token)}
              >
                {stop.isPending ? 'Stopping…' : 'Stop these e-mails'}
              </button>
            )}
          </>
        )
      )}
      <p className="auth-links">
        <Link to="/settings/email">Choose what Praxis e-mails you</Link>
        <span className="muted small"> (you may need to sign in)</span>
      </p>
    </AuthCard>
  );
}

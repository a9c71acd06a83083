import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFlags } from './api/list-flags.ts';
import { useResolveFlag } from './api/resolve-flag.ts';

/** Posts members flagged for the organisers, listed until an organiser resolves them. */
export function FlagsPage() {
  useDocumentTitle('Flags to review');
  const flags = useFlags();
  const resolve = useResolveFlag();
  const open = flags.data?.pages.flatMap((page) => page.flags) ?? [];

  return (
    <section className="page">
      <h1>Flags to review</h1>
      <p className="lead">
        Posts members flagged for the organisers. Look at each in its thread, act on it there (edit,
        hide or lock the thread), then mark the flag resolved.
      </p>
      {flags.isPending && (
        <p className="loading" role="status">
          Loading flags…
        </p>
      )}
      {flags.isError && <Alert tone="error">{formErrors(flags.error).message}</Alert>}
      {resolve.isError && <Alert tone="error">{formErrors(resolve.error).message}</Alert>}
      {flags.isSuccess && open.length === 0 && (
        <p className="empty-state">No open flags. Nothing needs your attention.</p>
      )}
      {open.length > 0 && (
        <ul className="flag-list">
          {open.map((flag) => (
            <li key={flag.id} className="panel flag">
              <div>
                <p className="flag-where">
                  {flag.replyId ? 'A reply in ' : ''}
                  <Link
                    to={`/threads/${flag.threadId}${flag.replyId ? `#reply-${flag.replyId}` : ''}`}
                  >
                    {flag.threadTitle}
                  </Link>
                </p>
                <blockquote className="flag-reason">{flag.reason}</blockquote>
                <p className="small muted">
                  Flagged by{' '}
                  <Link to={`/members/${flag.flaggedBy.handle}`}>{flag.flaggedBy.name}</Link>,{' '}
                  <RelativeTime iso={flag.createdAt} />
                </p>
              </div>
              <button
                type="button"
                className="button-secondary"
                disabled={resolve.isPending}
                onClick={() => resolve.mutate(flag.id)}
              >
                Resolve<span className="visually-hidden"> the flag on {flag.threadTitle}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShowMoreButton list={flags} />
    </section>
  );
}

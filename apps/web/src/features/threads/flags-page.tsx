import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFlags } from './api/list-flags.ts';
import { useResolveFlag } from './api/resolve-flag.ts';

/** Posts members flagged for the organisers, listed until an organiser resolves them. */
export function FlagsPage() {
  const t = useT();
  useDocumentTitle(t('threads.flags.title'));
  const flags = useFlags();
  const resolve = useResolveFlag();
  const open = flags.data?.pages.flatMap((page) => page.flags) ?? [];

  return (
    <section className="page">
      <h1>{t('threads.flags.title')}</h1>
      <p className="lead">{t('threads.flags.lead')}</p>
      {flags.isPending && (
        <p className="loading" role="status">
          {t('threads.flags.loading')}
        </p>
      )}
      {flags.isError && <Alert tone="error">{formErrors(flags.error).message}</Alert>}
      {resolve.isError && <Alert tone="error">{formErrors(resolve.error).message}</Alert>}
      {flags.isSuccess && open.length === 0 && (
        <p className="empty-state">{t('threads.flags.empty')}</p>
      )}
      {open.length > 0 && (
        <ul className="flag-list">
          {open.map((flag) => {
            const threadLink = (chunks: ReactNode) => (
              <Link to={`/threads/${flag.threadId}${flag.replyId ? `#reply-${flag.replyId}` : ''}`}>
                {chunks}
              </Link>
            );
            return (
              <li key={flag.id} className="panel flag">
                <div>
                  <p className="flag-where">
                    {flag.replyId ? (
                      <T
                        id="threads.flags.replyIn"
                        values={{ title: flag.threadTitle, link: threadLink }}
                      />
                    ) : (
                      threadLink(flag.threadTitle)
                    )}
                  </p>
                  <blockquote className="flag-reason">{flag.reason}</blockquote>
                  <p className="small muted">
                    <T
                      id="threads.flags.flaggedBy"
                      values={{
                        name: flag.flaggedBy.name,
                        link: (chunks) => (
                          <Link to={`/members/${flag.flaggedBy.handle}`}>{chunks}</Link>
                        ),
                        when: <RelativeTime iso={flag.createdAt} />,
                      }}
                    />
                  </p>
                </div>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={resolve.isPending}
                  onClick={() => resolve.mutate(flag.id)}
                >
                  <T
                    id="threads.flags.resolve"
                    values={{
                      title: flag.threadTitle,
                      hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                    }}
                  />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ShowMoreButton list={flags} />
    </section>
  );
}

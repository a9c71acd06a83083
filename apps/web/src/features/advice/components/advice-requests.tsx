import type { AdviceInboxRequest } from '@praxis/contracts/advice';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useAnswerAdviceRequest } from '../api/answer-advice-request.ts';
import { useAdviceRequests } from '../api/list-advice-requests.ts';

/** The requests for the member's advice: accept or decline, then mark done. */
export function AdviceRequests({ memberId }: { memberId: string }) {
  const t = useT();
  const requests = useAdviceRequests();
  const answer = useAnswerAdviceRequest();
  const all = requests.data?.pages.flatMap((page) => page.requests) ?? [];

  return (
    <section className="panel advice-requests" aria-labelledby="advice-requests-heading">
      <h2 id="advice-requests-heading">{t('members.advising.requestsHeading')}</h2>
      {requests.isPending && <p role="status">{t('members.advising.loading')}</p>}
      {requests.isError && <Alert tone="error">{formErrors(requests.error).message}</Alert>}
      {requests.isSuccess && all.length === 0 && (
        <p className="muted">{t('members.advising.noRequests')}</p>
      )}
      <ul className="advice-request-list">
        {all.map((request) => (
          <li key={request.thread.id} className="advice-request">
            <p className="advice-request-title">
              <Link to={`/threads/${request.thread.id}`}>{request.thread.title}</Link>
            </p>
            <p className="small muted">
              <RelativeTime iso={request.askedAt} phrase="members.advising.askedWhen" />
              {' · '}
              <RequestState request={request} />
            </p>
            <div className="button-row">
              {request.state === 'pending' && (
                <>
                  <button
                    type="button"
                    className="button-primary"
                    disabled={answer.isPending}
                    onClick={() =>
                      answer.mutate({ ...keyOf(request, memberId), state: 'accepted' })
                    }
                  >
                    {t('members.advising.accept')}
                  </button>
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={answer.isPending}
                    onClick={() =>
                      answer.mutate({ ...keyOf(request, memberId), state: 'declined' })
                    }
                  >
                    {t('members.advising.decline')}
                  </button>
                </>
              )}
              {request.state === 'accepted' && (
                <button
                  type="button"
                  className="button-primary"
                  disabled={answer.isPending}
                  onClick={() => answer.mutate({ ...keyOf(request, memberId), state: 'done' })}
                >
                  {t('members.advising.markDone')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {answer.isError && <Alert tone="error">{formErrors(answer.error).message}</Alert>}
      {requests.hasNextPage && (
        <button
          type="button"
          className="button-secondary"
          disabled={requests.isFetchingNextPage}
          onClick={() => requests.fetchNextPage()}
        >
          {t('members.advising.more')}
        </button>
      )}
    </section>
  );
}

const keyOf = (request: AdviceInboxRequest, memberId: string) => ({
  threadId: request.thread.id,
  memberId,
});

function RequestState({ request }: { request: AdviceInboxRequest }) {
  const t = useT();
  const intl = useIntl();
  if (request.state === 'pending' && request.expiresAt) {
    const when = intl.formatDate(new Date(request.expiresAt), { day: 'numeric', month: 'short' });
    return <time dateTime={request.expiresAt}>{t('members.advising.expiresWhen', { when })}</time>;
  }
  if (request.state === 'done' && request.helped) return t('members.advising.doneHelped');
  return t('members.advising.state', { state: request.state });
}

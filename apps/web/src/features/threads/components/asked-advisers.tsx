import type { AskedAdviser } from '@praxis/contracts/advice';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Avatar } from '../../../components/avatar.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useMoveAdviceRequest } from '../api/move-advice-request.ts';
import { useThankAdviser } from '../api/thank-adviser.ts';

const SHORT_DAY = { day: 'numeric', month: 'short' } as const;

/**
 * Whom the asker asked, when, and where each request stands; once one is done, "Did this help?".
 * The question page shows it to the asker alone.
 */
export function AskedAdvisers({ threadId, asked }: { threadId: string; asked: AskedAdviser[] }) {
  const t = useT();
  const intl = useIntl();
  const move = useMoveAdviceRequest();
  const thank = useThankAdviser();
  const error = move.error ?? thank.error;
  return (
    <section aria-labelledby="asked-heading" className="asked-advisers">
      <h3 id="asked-heading">{t('threads.advice.askedHeading', { count: asked.length })}</h3>
      <ul className="asked-list">
        {asked.map((request) => {
          const { member } = request;
          const key = { threadId, memberId: member.id };
          return (
            <li key={member.id} className="asked-adviser">
              <div className="asked-adviser-line">
                <Avatar person={member} size="small" decorative />
                <Link to={`/members/${member.handle}`}>{member.name}</Link>
                <span className={`advice-state advice-state-${request.state}`}>
                  {t('threads.advice.state', { state: request.state })}
                </span>
                <span className="small muted">
                  {request.state === 'pending' && request.expiresAt ? (
                    <time dateTime={request.expiresAt}>
                      {t('threads.advice.expiresWhen', {
                        when: intl.formatDate(new Date(request.expiresAt), SHORT_DAY),
                      })}
                    </time>
                  ) : (
                    <RelativeTime iso={request.askedAt} phrase="threads.advice.askedWhen" />
                  )}
                </span>
              </div>
              {request.state === 'accepted' && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={move.isPending}
                  onClick={() => move.mutate({ ...key, state: 'done' })}
                >
                  {t('threads.advice.markDone')}
                </button>
              )}
              {request.state === 'done' && (
                <fieldset className="did-it-help">
                  <legend>{t('threads.advice.didItHelp', { name: member.name })}</legend>
                  <button
                    type="button"
                    className={request.helped === true ? 'button-primary' : 'button-secondary'}
                    aria-pressed={request.helped === true}
                    disabled={thank.isPending}
                    onClick={() => thank.mutate({ ...key, helped: true })}
                  >
                    {t('threads.advice.helpedYes')}
                  </button>
                  <button
                    type="button"
                    className={request.helped === false ? 'button-primary' : 'button-secondary'}
                    aria-pressed={request.helped === false}
                    disabled={thank.isPending}
                    onClick={() => thank.mutate({ ...key, helped: false })}
                  >
                    {t('threads.advice.helpedNo')}
                  </button>
                  {request.helped === true && (
                    <span className="small muted" role="status">
                      {t('threads.advice.thanked', { name: member.name })}
                    </span>
                  )}
                </fieldset>
              )}
            </li>
          );
        })}
      </ul>
      {error && <Alert tone="error">{formErrors(error).message}</Alert>}
    </section>
  );
}

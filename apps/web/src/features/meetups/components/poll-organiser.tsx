import type { MeetupDetail } from '@praxis/contracts/meetups';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useRemindNonVoters } from '../api/remind-non-voters.ts';
import { relativeTime } from './poll-deadline.tsx';

/** For the organisers of an open poll: who has not voted yet, and a reminder to them. */
export function PollOrganiser({ meetup }: { meetup: MeetupDetail }) {
  const t = useT();
  const { locale } = useIntl();
  const remind = useRemindNonVoters();
  const { notVoted, notVotedCount, remindedAt } = meetup.poll;
  if (notVotedCount === 0) {
    return <p className="poll-organiser muted">{t('meetups.poll.everyoneVoted')}</p>;
  }
  return (
    <section className="poll-organiser" aria-labelledby="poll-not-voted">
      <details>
        <summary id="poll-not-voted">
          {t('meetups.poll.notVoted', { count: notVotedCount })}
        </summary>
        <ul className="poll-not-voted">
          {notVoted.map((member) => (
            <li key={member.id}>{member.name}</li>
          ))}
        </ul>
      </details>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          disabled={!meetup.can.remind || remind.isPending}
          onClick={() => remind.mutate({ id: meetup.id })}
        >
          {t(remind.isPending ? 'meetups.poll.reminding' : 'meetups.poll.remind')}
        </button>
        {remind.isSuccess ? (
          <span className="action-note" role="status">
            {t('meetups.poll.remindSent')}
          </span>
        ) : (
          remindedAt && (
            <span className="muted small">
              {t('meetups.poll.remindedAt', { relative: relativeTime(remindedAt, locale) })}
            </span>
          )
        )}
      </div>
      {remind.error && <Alert tone="error">{formErrors(remind.error).message}</Alert>}
    </section>
  );
}

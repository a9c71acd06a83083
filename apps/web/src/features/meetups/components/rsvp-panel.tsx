import type { MeetupDetail } from '@praxis/contracts/meetups';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { type RsvpChoice, useAnswerRsvp } from '../api/answer-rsvp.ts';
import { seatsLine } from './meetup-row.tsx';

const CHOICES: { status: RsvpChoice; label: MessageId }[] = [
  { status: 'going', label: 'meetups.rsvp.going' },
  { status: 'maybe', label: 'meetups.rsvp.maybe' },
  { status: 'not_going', label: 'meetups.rsvp.notGoing' },
];

/**
 * Going, maybe or not going, with the seats left. "Going" on a full meetup joins the waitlist:
 * the answer stays "going", and the first seat to free up is the viewer's.
 */
export function RsvpPanel({ meetup, viewerId }: { meetup: MeetupDetail; viewerId: string }) {
  const t = useT();
  const answer = useAnswerRsvp();
  const waitlisted = meetup.myRsvp === 'waitlisted';
  const position = meetup.attendees.waitlist.findIndex((person) => person.id === viewerId) + 1;
  const full = meetup.capacity !== null && meetup.goingCount >= meetup.capacity;

  return (
    <section className="panel rsvp-panel" aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">{t('meetups.rsvp.heading')}</h2>
      <fieldset className="button-row rsvp-choices">
        <legend className="visually-hidden">{t('meetups.rsvp.yourAnswer')}</legend>
        {CHOICES.map((choice) => {
          const pressed =
            meetup.myRsvp === choice.status || (choice.status === 'going' && waitlisted);
          return (
            <button
              key={choice.status}
              type="button"
              className="action-button rsvp-button"
              aria-pressed={pressed}
              disabled={answer.isPending}
              onClick={() => {
                if (!pressed) answer.mutate({ id: meetup.id, status: choice.status });
              }}
            >
              {t(choice.label)}
            </button>
          );
        })}
      </fieldset>
      {meetup.capacity !== null && (
        <p className="small">
          {full && !waitlisted && meetup.myRsvp !== 'going'
            ? t('meetups.rsvp.seatsFull', { seats: seatsLine(t, meetup) })
            : seatsLine(t, meetup)}
        </p>
      )}
      {meetup.myRsvp === 'going' && meetup.capacity !== null && (
        <p className="rsvp-seat">{t('meetups.rsvp.seatYours')}</p>
      )}
      {waitlisted && (
        <Alert tone="info">
          {position > 0
            ? t('meetups.rsvp.onWaitlistAt', { position })
            : t('meetups.rsvp.onWaitlist')}
        </Alert>
      )}
      {answer.isError && <Alert tone="error">{formErrors(answer.error).message}</Alert>}
    </section>
  );
}

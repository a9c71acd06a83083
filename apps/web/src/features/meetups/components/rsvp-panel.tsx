import type { MeetupDetail } from '@praxis/contracts/meetups';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { type RsvpChoice, useAnswerRsvp } from '../api/answer-rsvp.ts';
import { seatsLine } from './meetup-row.tsx';

const CHOICES: { status: RsvpChoice; label: string }[] = [
  { status: 'going', label: 'Going' },
  { status: 'maybe', label: 'Maybe' },
  { status: 'not_going', label: 'Not going' },
];

/**
 * Going, maybe or not going, with the seats left. "Going" on a full meetup joins the waitlist:
 * the answer stays "going", and the first seat to free up is the viewer's.
 */
export function RsvpPanel({ meetup, viewerId }: { meetup: MeetupDetail; viewerId: string }) {
  const answer = useAnswerRsvp();
  const waitlisted = meetup.myRsvp === 'waitlisted';
  const position = meetup.attendees.waitlist.findIndex((person) => person.id === viewerId) + 1;
  const full = meetup.capacity !== null && meetup.goingCount >= meetup.capacity;

  return (
    <section className="panel rsvp-panel" aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">Are you coming?</h2>
      <fieldset className="button-row rsvp-choices">
        <legend className="visually-hidden">Your answer</legend>
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
              {choice.label}
            </button>
          );
        })}
      </fieldset>
      {meetup.capacity !== null && (
        <p className="small">
          {seatsLine(meetup)}
          {full && !waitlisted && meetup.myRsvp !== 'going' && (
            <> · full: saying “Going” puts you on the waitlist</>
          )}
        </p>
      )}
      {meetup.myRsvp === 'going' && meetup.capacity !== null && (
        <p className="rsvp-seat">You are going: one of the seats is yours.</p>
      )}
      {waitlisted && (
        <Alert tone="info">
          You are on the waitlist{position > 0 ? ` (position ${position})` : ''}. When a seat frees
          up it goes to the first in line, and you are told.
        </Alert>
      )}
      {answer.isError && <Alert tone="error">{formErrors(answer.error).message}</Alert>}
    </section>
  );
}

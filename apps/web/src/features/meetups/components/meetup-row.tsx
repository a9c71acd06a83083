import type { MeetupSummary, RsvpStatus } from '@praxis/contracts/meetups';
import { Link } from 'react-router';
import { MeetupStatusBadge } from './meetup-status-badge.tsx';
import { MeetupWhen } from './meetup-when.tsx';

export const RSVP_LABELS: Record<RsvpStatus, string> = {
  going: 'Going',
  maybe: 'Maybe',
  not_going: 'Not going',
  waitlisted: 'On the waitlist',
};

/** "12 of 30 seats taken", or how many are going when there is no limit. */
export function seatsLine(meetup: Pick<MeetupSummary, 'capacity' | 'goingCount'>): string {
  if (meetup.capacity !== null) {
    return `${meetup.goingCount} of ${meetup.capacity} seats taken`;
  }
  return `${meetup.goingCount} going`;
}

/** One meetup in a list: what, when (or that its date is being polled), where, who comes. */
export function MeetupRow({
  meetup,
  showSeries = true,
}: {
  meetup: MeetupSummary;
  showSeries?: boolean;
}) {
  const place = [meetup.venue, meetup.onlineUrl ? 'online' : ''].filter(Boolean).join(' and ');
  return (
    <article className="thread-row meetup-row">
      <div className="thread-row-main">
        <p className="thread-markers">
          <MeetupStatusBadge status={meetup.status} />
          {meetup.myRsvp && (
            <span className="marker marker-rsvp">
              {meetup.status === 'done' ? 'You said' : 'You'}: {RSVP_LABELS[meetup.myRsvp]}
            </span>
          )}
        </p>
        <h3 className="thread-row-title">
          <Link className="thread-title-link" to={`/meetups/${meetup.id}`}>
            {meetup.title}
          </Link>
        </h3>
        <p className="thread-row-meta">
          {meetup.startsAt && meetup.endsAt ? (
            <MeetupWhen
              startsAt={meetup.startsAt}
              endsAt={meetup.endsAt}
              timezone={meetup.timezone}
            />
          ) : (
            <span>The date is being chosen: say which dates suit you.</span>
          )}
        </p>
        {(showSeries || place) && (
          <p className="thread-row-meta small muted">
            {showSeries && (
              <Link to={`/meetups/series/${meetup.seriesId}`}>{meetup.seriesName}</Link>
            )}
            {showSeries && place && ' · '}
            {place && <span>{place.charAt(0).toUpperCase() + place.slice(1)}</span>}
          </p>
        )}
      </div>
      {meetup.status === 'scheduled' && (
        <ul className="thread-stats" aria-label="Attendance">
          <li>{seatsLine(meetup)}</li>
          {meetup.waitlistCount > 0 && <li>{meetup.waitlistCount} waiting</li>}
        </ul>
      )}
    </article>
  );
}

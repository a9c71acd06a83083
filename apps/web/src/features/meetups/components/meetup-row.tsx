import type { MeetupSummary, RsvpStatus } from '@praxis/contracts/meetups';
import { Link } from 'react-router';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { type TFunction, useT } from '../../../lib/i18n/use-t.tsx';
import { MeetupStatusBadge } from './meetup-status-badge.tsx';
import { MeetupWhen } from './meetup-when.tsx';

export const RSVP_LABELS: Record<RsvpStatus, MessageId> = {
  going: 'meetups.rsvp.going',
  maybe: 'meetups.rsvp.maybe',
  not_going: 'meetups.rsvp.notGoing',
  waitlisted: 'meetups.rsvp.waitlisted',
};

/** "12 of 30 seats taken", or how many are going when there is no limit. */
export function seatsLine(
  t: TFunction,
  meetup: Pick<MeetupSummary, 'capacity' | 'goingCount'>,
): string {
  if (meetup.capacity !== null) {
    return t('meetups.row.seatsTaken', { taken: meetup.goingCount, capacity: meetup.capacity });
  }
  return t('meetups.row.going', { count: meetup.goingCount });
}

/** Where: the venue, "Online", or both. */
function placeLine(t: TFunction, meetup: MeetupSummary): string {
  const place = meetup.onlineUrl
    ? meetup.venue
      ? t('meetups.row.venueAndOnline', { venue: meetup.venue })
      : t('meetups.row.online')
    : meetup.venue;
  return place.charAt(0).toUpperCase() + place.slice(1);
}

/** One meetup in a list: what, when (or that its date is being polled), where, who comes. */
export function MeetupRow({
  meetup,
  showSeries = true,
}: {
  meetup: MeetupSummary;
  showSeries?: boolean;
}) {
  const t = useT();
  const place = placeLine(t, meetup);
  return (
    <article className="thread-row meetup-row">
      <div className="thread-row-main">
        <p className="thread-markers">
          <MeetupStatusBadge status={meetup.status} />
          {meetup.myRsvp && (
            <span className="marker marker-rsvp">
              {t(meetup.status === 'done' ? 'meetups.row.youSaid' : 'meetups.row.you', {
                answer: t(RSVP_LABELS[meetup.myRsvp]),
              })}
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
            <span>{t('meetups.row.dateBeingChosen')}</span>
          )}
        </p>
        {(showSeries || place) && (
          <p className="thread-row-meta small muted">
            {showSeries && (
              <Link to={`/meetups/series/${meetup.seriesId}`}>{meetup.seriesName}</Link>
            )}
            {showSeries && place && ' · '}
            {place && <span>{place}</span>}
          </p>
        )}
      </div>
      {meetup.status === 'scheduled' && (
        <ul className="thread-stats" aria-label={t('meetups.row.attendance')}>
          <li>{seatsLine(t, meetup)}</li>
          {meetup.waitlistCount > 0 && (
            <li>{t('meetups.row.waiting', { count: meetup.waitlistCount })}</li>
          )}
        </ul>
      )}
    </article>
  );
}

import { rangeIn, sameWallClock, viewerZone } from '../../../lib/zoned-time.ts';

/**
 * When a meetup happens, in the viewer's zone, with the meetup's own beside it when the clocks
 * there differ: "Fri 26 March 2027, 18:00–21:00 (your time) · 17:00–20:00 Europe/London".
 */
export function MeetupWhen({
  startsAt,
  endsAt,
  timezone,
}: {
  startsAt: string;
  endsAt: string;
  timezone: string;
}) {
  const mine = viewerZone();
  const yours = rangeIn(startsAt, endsAt, mine);
  if (sameWallClock([startsAt, endsAt], mine, timezone)) {
    return (
      <span className="meetup-when">
        <time dateTime={startsAt}>{yours}</time>{' '}
        <span className="muted">({timezone.replace(/_/g, ' ')})</span>
      </span>
    );
  }
  const theirs = rangeIn(startsAt, endsAt, timezone);
  // The meetup's day is only repeated when it differs from the viewer's.
  const sameDay = theirs.split(', ')[0] === yours.split(', ')[0] && !theirs.includes(' – ');
  return (
    <span className="meetup-when">
      <time dateTime={startsAt}>{yours}</time> <span className="muted">(your time)</span>
      {' · '}
      <span>
        {sameDay ? theirs.slice(theirs.indexOf(', ') + 2) : theirs} {timezone.replace(/_/g, ' ')}
      </span>
    </span>
  );
}

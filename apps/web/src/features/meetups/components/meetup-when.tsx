import { useIntl } from 'react-intl';
import { useT } from '../../../lib/i18n/use-t.tsx';
import {
  dayIn,
  rangeIn,
  sameWallClock,
  timesIn,
  viewerZone,
  wallClockIn,
} from '../../../lib/zoned-time.ts';

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
  const t = useT();
  const { locale } = useIntl();
  const mine = viewerZone();
  const yours = rangeIn(startsAt, endsAt, mine, locale);
  const zoneName = timezone.replace(/_/g, ' ');
  if (sameWallClock([startsAt, endsAt], mine, timezone)) {
    return (
      <span className="meetup-when">
        <time dateTime={startsAt}>{yours}</time> <span className="muted">({zoneName})</span>
      </span>
    );
  }
  // The meetup's day is only repeated when it differs from the viewer's.
  const sameDay =
    dayIn(startsAt, timezone, locale) === dayIn(startsAt, mine, locale) &&
    wallClockIn(startsAt, timezone).date === wallClockIn(endsAt, timezone).date;
  const theirs = sameDay
    ? timesIn(startsAt, endsAt, timezone, locale)
    : rangeIn(startsAt, endsAt, timezone, locale);
  return (
    <span className="meetup-when">
      <time dateTime={startsAt}>{yours}</time>{' '}
      <span className="muted">{t('meetups.when.yourTime')}</span>
      {' · '}
      <span>{t('meetups.when.inZone', { when: theirs, zone: zoneName })}</span>
    </span>
  );
}

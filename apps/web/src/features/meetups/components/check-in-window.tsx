import type { CheckInWindow } from '@praxis/contracts/meetup-check-ins';
import { CHECK_IN_OPENS_MINUTES_BEFORE } from '@praxis/contracts/meetup-check-ins';
import { useIntl } from 'react-intl';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { dayIn, timeIn, viewerZone } from '../../../lib/zoned-time.ts';

/** "18:00", or "Thu 14 March 2030, 18:00" when `iso` falls on another day than `sameDayAs`. */
export function useMoment() {
  const { locale } = useIntl();
  const zone = viewerZone();
  return (iso: string, sameDayAs?: string) => {
    const time = timeIn(iso, zone, locale);
    if (sameDayAs && dayIn(iso, zone, locale) === dayIn(sameDayAs, zone, locale)) return time;
    return `${dayIn(iso, zone, locale)}, ${time}`;
  };
}

/** When members can check themselves in, said the same way on the organisers' pages. */
export function CheckInWindowText({ window }: { window: CheckInWindow }) {
  const t = useT();
  const moment = useMoment();
  if (!window) return <p className="muted">{t('meetups.checkIn.noWindow')}</p>;
  return (
    <p className="check-in-window">
      {t('meetups.checkIn.window', {
        opens: moment(window.opensAt),
        closes: moment(window.closesAt, window.opensAt),
        minutes: CHECK_IN_OPENS_MINUTES_BEFORE,
      })}
    </p>
  );
}

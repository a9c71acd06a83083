import { type IntlShape, useIntl } from 'react-intl';
import type { MessageId } from '../lib/i18n/message-ids.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "yesterday"; past a week, the date, which reads better by then. */
export function relativeTime(intl: IntlShape, iso: string, now = Date.now()): string {
  const date = new Date(iso);
  const elapsed = now - date.getTime();
  if (elapsed < MINUTE) return intl.formatMessage({ id: 'common.time.justNow' });
  const relative = (value: number, unit: Intl.RelativeTimeFormatUnit) =>
    intl.formatRelativeTime(-value, unit, { numeric: 'auto' });
  if (elapsed < HOUR) return relative(Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative(Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relative(Math.floor(elapsed / DAY), 'day');
  return date.getFullYear() === new Date(now).getFullYear()
    ? intl.formatDate(date, { day: 'numeric', month: 'short' })
    : intl.formatDate(date, { dateStyle: 'medium' });
}

/**
 * A moment as people say it, with the exact date and time on hover and for machines. `phrase`
 * is a message with a `{when}` placeholder ("asked {when}"), since languages place it apart.
 */
export function RelativeTime({ iso, phrase }: { iso: string; phrase?: MessageId }) {
  const intl = useIntl();
  const exact = intl.formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const when = relativeTime(intl, iso);
  return (
    <time dateTime={iso} title={exact}>
      {phrase ? intl.formatMessage({ id: phrase }, { when }) : when}
    </time>
  );
}

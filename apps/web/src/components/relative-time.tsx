const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const sameYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "yesterday"; past a week, the date, which reads better by then. */
export function relativeTime(iso: string, now = Date.now()): string {
  const date = new Date(iso);
  const elapsed = now - date.getTime();
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day');
  return date.getFullYear() === new Date(now).getFullYear()
    ? sameYear.format(date)
    : otherYear.format(date);
}

/** A moment as people say it, with the exact date and time on hover and for machines. */
export function RelativeTime({ iso, prefix }: { iso: string; prefix?: string }) {
  const exact = fullDate.format(new Date(iso));
  return (
    <time dateTime={iso} title={exact}>
      {prefix ? `${prefix} ` : ''}
      {relativeTime(iso)}
    </time>
  );
}

import { useIntl } from 'react-intl';
import { FormField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { momentIn, viewerZone, wallClockIn } from '../../../lib/zoned-time.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 2 days", "in 5 hours", "3 minutes ago": how far a moment is from now. */
export function relativeTime(iso: string, locale: string, now: number = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const size = Math.abs(diff);
  if (size >= 2 * DAY) return format.format(Math.round(diff / DAY), 'day');
  if (size >= HOUR) return format.format(Math.round(diff / HOUR), 'hour');
  return format.format(Math.round(diff / MINUTE), 'minute');
}

/** The deadline as a `datetime-local` value, in the viewer's own zone; '' for none. */
export function deadlineInput(iso: string | null): string {
  if (!iso) return '';
  const { date, time } = wallClockIn(iso, viewerZone());
  return `${date}T${time}`;
}

/** A `datetime-local` value, read in the viewer's own zone, as the API takes it; null for none. */
export function deadlineFromInput(value: string): string | null {
  if (!value) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : instant.toISOString();
}

/** "Voting closes Fri 18 Dec, 18:00 (in 2 days)", or that it has closed. */
export function PollDeadlineNote({ closesAt }: { closesAt: string | null }) {
  const t = useT();
  const { locale } = useIntl();
  if (!closesAt) return null;
  const values = {
    when: momentIn(closesAt, viewerZone(), locale),
    relative: relativeTime(closesAt, locale),
  };
  const closed = new Date(closesAt).getTime() <= Date.now();
  return (
    <p className={closed ? 'poll-deadline poll-deadline-closed' : 'poll-deadline'}>
      {t(closed ? 'meetups.poll.closedAt' : 'meetups.poll.closesAt', values)}
    </p>
  );
}

/** The poll's optional deadline, in the viewer's own time zone. */
export function PollDeadlineField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}) {
  const t = useT();
  return (
    <FormField
      id={id}
      label={t('meetups.form.pollClosesAt')}
      hint={t('meetups.form.pollClosesAtHint', { zone: viewerZone().replace(/_/g, ' ') })}
      type="datetime-local"
      step={300}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}

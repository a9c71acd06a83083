import { SelectField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { viewerZone } from '../../../lib/zoned-time.ts';

// The zones where the network's programmes run and its alumni mostly live; anything else is
// reachable through the browser's own zone, which is always offered.
const COMMON_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Vienna',
  'Europe/Warsaw',
  'Europe/Zagreb',
  'Europe/Sarajevo',
  'Europe/Belgrade',
  'Europe/Skopje',
  'Europe/Athens',
  'Europe/Helsinki',
  'Europe/Istanbul',
  'Africa/Nairobi',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
];

/** A zone from the common list: the browser's own, when it is one, makes a sound default. */
export function isCommonZone(zone: string): boolean {
  return COMMON_ZONES.includes(zone);
}

/** The zones to offer: the common ones, the browser's own, and the current value. */
export function zoneChoices(current: string): string[] {
  const zones = new Set(COMMON_ZONES);
  zones.add(viewerZone());
  if (current) zones.add(current);
  return [...zones].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

export function TimeZoneSelect({
  id,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  id?: string;
  label: string;
  hint?: string;
  value: string;
  onChange(zone: string): void;
  error?: string | undefined;
}) {
  const t = useT();
  const own = viewerZone();
  return (
    <SelectField
      id={id}
      label={label}
      hint={hint}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      {zoneChoices(value).map((zone) => {
        const name = zone.replace(/_/g, ' ');
        return (
          <option key={zone} value={zone}>
            {zone === own ? t('meetups.timeZone.yours', { zone: name }) : name}
          </option>
        );
      })}
    </SelectField>
  );
}

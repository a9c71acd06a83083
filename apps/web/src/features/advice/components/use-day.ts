import { useIntl } from 'react-intl';

/** A calendar day (YYYY-MM-DD) as people write it in the member's language: "12 January 2027". */
export function useDay() {
  const intl = useIntl();
  return (day: string) =>
    intl.formatDate(new Date(`${day}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
}

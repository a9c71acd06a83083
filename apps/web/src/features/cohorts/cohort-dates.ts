import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../lib/i18n/use-t.tsx';

/** "Sep 2023 – Jun 2025", or "from Sep 2023", or null when the cohort has no dates. */
export function useCohortDates() {
  const intl = useIntl();
  const t = useT();
  return useCallback(
    (cohort: { startsOn: string | null; endsOn: string | null }) => {
      const format = (date: string) =>
        intl.formatDate(new Date(`${date}T00:00:00`), { month: 'short', year: 'numeric' });
      if (cohort.startsOn && cohort.endsOn) {
        return t('cohorts.dates.range', {
          start: format(cohort.startsOn),
          end: format(cohort.endsOn),
        });
      }
      return cohort.startsOn ? t('cohorts.dates.from', { start: format(cohort.startsOn) }) : null;
    },
    [intl, t],
  );
}

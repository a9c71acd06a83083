import type { SeriesSummary } from '@praxis/contracts/meetups';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { plainDate } from '../../../lib/zoned-time.ts';
import { MeetupStatusBadge } from './meetup-status-badge.tsx';

/** The series the viewer is invited to, each with when it is next due and what is coming. */
export function SeriesList({ series }: { series: SeriesSummary[] }) {
  const t = useT();
  const intl = useIntl();
  return (
    <ul className="cards series-cards">
      {series.map((one) => (
        <li key={one.id} className="card">
          <h3>
            <Link to={`/meetups/series/${one.id}`}>{one.name}</Link>
          </h3>
          <p className="series-line">
            {t('meetups.series.cadence', {
              months: one.cadenceMonths,
              date: plainDate(one.nextDueOn, intl.locale),
            })}
          </p>
          <p className="small series-line">
            {one.cohorts.length === 0
              ? t('meetups.series.wholeNetwork')
              : intl.formatList(
                  one.cohorts.map((cohort) => cohort.name),
                  // "A, B, C" in English as before; "A, B et C", "A, B i C" elsewhere.
                  { type: 'unit', style: 'short' },
                )}
          </p>
          {one.upcoming && (
            <p className="small series-line">
              <MeetupStatusBadge status={one.upcoming.status} />{' '}
              <Link to={`/meetups/${one.upcoming.id}`}>{one.upcoming.title}</Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

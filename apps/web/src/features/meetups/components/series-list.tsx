import type { SeriesSummary } from '@praxis/contracts/meetups';
import { Link } from 'react-router';
import { plainDate } from '../../../lib/zoned-time.ts';
import { MeetupStatusBadge } from './meetup-status-badge.tsx';

export function cadenceLine(months: number): string {
  return months === 1 ? 'Every month' : `Every ${months} months`;
}

/** The series the viewer is invited to, each with when it is next due and what is coming. */
export function SeriesList({ series }: { series: SeriesSummary[] }) {
  return (
    <ul className="cards series-cards">
      {series.map((one) => (
        <li key={one.id} className="card">
          <h3>
            <Link to={`/meetups/series/${one.id}`}>{one.name}</Link>
          </h3>
          <p className="series-line">
            {cadenceLine(one.cadenceMonths)} · next due {plainDate(one.nextDueOn)}
          </p>
          <p className="small series-line">
            {one.cohorts.length === 0
              ? 'The whole network'
              : one.cohorts.map((cohort) => cohort.name).join(', ')}
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

import type { AccountMember } from '@praxis/contracts/members';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { dueSeries, useSeriesList } from '../../lib/api/list-series.ts';
import { uniqueById } from '../../lib/unique-by-id.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { plainDate } from '../../lib/zoned-time.ts';
import { type MeetupWhen, useMeetupList } from './api/list-meetups.ts';
import { CalendarFeedPanel } from './components/calendar-feed-panel.tsx';
import { MeetupRow } from './components/meetup-row.tsx';
import { SeriesList } from './components/series-list.tsx';

const TABS: { when: MeetupWhen; label: string }[] = [
  { when: 'upcoming', label: 'Upcoming' },
  { when: 'past', label: 'Past meetups' },
];

export function MeetupsPage({ member }: { member: AccountMember }) {
  useDocumentTitle('Meetups');
  const [searchParams] = useSearchParams();
  const when: MeetupWhen = searchParams.get('when') === 'past' ? 'past' : 'upcoming';
  const meetups = useMeetupList(when);
  const series = useSeriesList();
  const organiser = member.role === 'organiser' || member.role === 'admin';
  const rows = uniqueById(meetups.data?.pages.flatMap((page) => page.meetups) ?? []);
  const due = dueSeries(series.data?.series);

  return (
    <section className="page">
      <div className="page-heading">
        <div>
          <h1>Meetups</h1>
          <p className="lead">
            The regular exchange: all alumni meet to tell what they did, where they failed and what
            they learned.
          </p>
        </div>
        {organiser && (
          <Link className="button-primary" to="/meetups/series/new">
            New series
          </Link>
        )}
      </div>

      {due.length > 0 && (
        <section className="due-callout" aria-labelledby="due-heading">
          <h2 id="due-heading">Due soon, nothing proposed yet</h2>
          <ul>
            {due.map((one) => (
              <li key={one.id} className="due-item">
                <span>
                  <Link to={`/meetups/series/${one.id}`}>{one.name}</Link> is due on{' '}
                  {plainDate(one.nextDueOn)}.
                </span>{' '}
                <Link className="button-secondary" to={`/meetups/series/${one.id}/propose`}>
                  Propose the next meetup
                  <span className="visually-hidden"> of {one.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav aria-label="Which meetups">
        <ul className="view-tabs">
          {TABS.map((tab) => (
            <li key={tab.when}>
              <Link
                to={tab.when === 'upcoming' ? '/meetups' : '/meetups?when=past'}
                aria-current={tab.when === when ? 'page' : undefined}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="meetup-list-heading" className="meetup-list">
        <h2 id="meetup-list-heading" className="visually-hidden">
          {when === 'upcoming' ? 'Upcoming meetups and open date polls' : 'Past meetups'}
        </h2>
        {meetups.isPending && (
          <p className="loading" role="status">
            Loading meetups…
          </p>
        )}
        {meetups.isError && <Alert tone="error">{formErrors(meetups.error).message}</Alert>}
        {meetups.isSuccess && rows.length === 0 && (
          <p className="empty-state">
            {when === 'upcoming'
              ? 'Nothing is planned yet. When organisers propose a meetup, its date poll shows up here.'
              : 'No meetup has taken place yet.'}
          </p>
        )}
        {rows.length > 0 && (
          <ul className="thread-list">
            {rows.map((meetup) => (
              <li key={meetup.id}>
                <MeetupRow meetup={meetup} />
              </li>
            ))}
          </ul>
        )}
        <div className="show-more">
          <ShowMoreButton list={meetups} />
        </div>
      </section>

      <section aria-labelledby="series-heading">
        <h2 id="series-heading">Series</h2>
        {series.isError && <Alert tone="error">{formErrors(series.error).message}</Alert>}
        {series.isSuccess && series.data.series.length === 0 && (
          <p className="empty-state">
            No meetup series yet.
            {organiser ? ' Start one with “New series”: it sets how often the network meets.' : ''}
          </p>
        )}
        {series.data && series.data.series.length > 0 && <SeriesList series={series.data.series} />}
      </section>

      <CalendarFeedPanel />
    </section>
  );
}

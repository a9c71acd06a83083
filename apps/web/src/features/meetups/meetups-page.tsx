import type { AccountMember } from '@praxis/contracts/members';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { dueSeries, useSeriesList } from '../../lib/api/list-series.ts';
import type { MessageId } from '../../lib/i18n/message-ids.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { uniqueById } from '../../lib/unique-by-id.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { plainDate } from '../../lib/zoned-time.ts';
import { type MeetupWhen, useMeetupList } from './api/list-meetups.ts';
import { CalendarFeedPanel } from './components/calendar-feed-panel.tsx';
import { MeetupRow } from './components/meetup-row.tsx';
import { SeriesList } from './components/series-list.tsx';
import { hidden } from './components/visually-hidden.tsx';

const TABS: { when: MeetupWhen; label: MessageId }[] = [
  { when: 'upcoming', label: 'meetups.list.upcoming' },
  { when: 'past', label: 'meetups.list.past' },
];

export function MeetupsPage({ member }: { member: AccountMember }) {
  const t = useT();
  const { locale } = useIntl();
  useDocumentTitle(t('meetups.list.title'));
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
          <h1>{t('meetups.list.title')}</h1>
          <p className="lead">{t('meetups.list.lead')}</p>
        </div>
        {organiser && (
          <Link className="button-primary" to="/meetups/series/new">
            {t('meetups.list.newSeries')}
          </Link>
        )}
      </div>

      {due.length > 0 && (
        <section className="due-callout" aria-labelledby="due-heading">
          <h2 id="due-heading">{t('meetups.list.dueHeading')}</h2>
          <ul>
            {due.map((one) => (
              <li key={one.id} className="due-item">
                <span>
                  <T
                    id="meetups.list.dueOn"
                    values={{
                      name: one.name,
                      date: plainDate(one.nextDueOn, locale),
                      series: (chunks) => <Link to={`/meetups/series/${one.id}`}>{chunks}</Link>,
                    }}
                  />
                </span>{' '}
                <Link className="button-secondary" to={`/meetups/series/${one.id}/propose`}>
                  <T id="meetups.list.proposeNext" values={{ name: one.name, hidden }} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav aria-label={t('meetups.list.whichMeetups')}>
        <ul className="view-tabs">
          {TABS.map((tab) => (
            <li key={tab.when}>
              <Link
                to={tab.when === 'upcoming' ? '/meetups' : '/meetups?when=past'}
                aria-current={tab.when === when ? 'page' : undefined}
              >
                {t(tab.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="meetup-list-heading" className="meetup-list">
        <h2 id="meetup-list-heading" className="visually-hidden">
          {t(when === 'upcoming' ? 'meetups.list.upcomingHeading' : 'meetups.list.pastHeading')}
        </h2>
        {meetups.isPending && (
          <p className="loading" role="status">
            {t('meetups.list.loading')}
          </p>
        )}
        {meetups.isError && <Alert tone="error">{formErrors(meetups.error).message}</Alert>}
        {meetups.isSuccess && rows.length === 0 && (
          <p className="empty-state">
            {t(when === 'upcoming' ? 'meetups.list.emptyUpcoming' : 'meetups.list.emptyPast')}
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
        <h2 id="series-heading">{t('meetups.list.seriesHeading')}</h2>
        {series.isError && <Alert tone="error">{formErrors(series.error).message}</Alert>}
        {series.isSuccess && series.data.series.length === 0 && (
          <p className="empty-state">
            {t(organiser ? 'meetups.list.noSeriesOrganiser' : 'meetups.list.noSeries')}
          </p>
        )}
        {series.data && series.data.series.length > 0 && <SeriesList series={series.data.series} />}
      </section>

      <CalendarFeedPanel />
    </section>
  );
}

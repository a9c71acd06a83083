import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { CookedHtml } from '../../components/cooked-html.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ApiError } from '../../lib/api-client.ts';
import { T, type TFunction, useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { plainDate } from '../../lib/zoned-time.ts';
import { useSeries } from './api/get-series.ts';
import { MeetupRow } from './components/meetup-row.tsx';

export function SeriesPage() {
  const { id = '' } = useParams();
  const series = useSeries(id);
  const t = useT();
  const intl = useIntl();
  useDocumentTitle(series.data?.name ?? t('meetups.series.documentTitle'));

  if (series.isPending) {
    return (
      <p className="loading" role="status">
        {t('meetups.series.loading')}
      </p>
    );
  }
  if (series.isError) {
    const missing = series.error instanceof ApiError && series.error.status === 404;
    return (
      <section className="page narrow">
        <h1>{t(missing ? 'meetups.series.notFound' : 'meetups.series.loadFailed')}</h1>
        <Alert tone="error">{formErrors(series.error).message}</Alert>
        <p>
          <Link to="/meetups">{t('meetups.nav.allMeetups')}</Link>
        </p>
      </section>
    );
  }

  const detail = series.data;
  const proposeLink = `/meetups/series/${detail.id}/propose`;
  const nextDue = plainDate(detail.nextDueOn, intl.locale);
  return (
    <section className="page">
      <p className="back-link">
        <Link to="/meetups">{t('meetups.nav.meetups')}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>{detail.name}</h1>
          <p className="lead">
            {t('meetups.series.cadence', { months: detail.cadenceMonths, date: nextDue })}
          </p>
        </div>
        {detail.canManage && (
          <Link className="button-primary" to={proposeLink}>
            {t('meetups.series.propose')}
          </Link>
        )}
      </div>
      {detail.canManage && detail.dueSoon && (
        <Alert tone="info">
          <T
            id="meetups.series.dueAlert"
            values={{
              date: nextDue,
              link: (chunks) => <Link to={proposeLink}>{chunks}</Link>,
            }}
          />
        </Alert>
      )}

      <div className="profile-body">
        <div className="profile-main">
          {detail.descriptionHtml && <CookedHtml html={detail.descriptionHtml} />}

          <h2>{t('meetups.series.nextHeading')}</h2>
          {detail.upcoming ? (
            <MeetupRow meetup={detail.upcoming} showSeries={false} />
          ) : (
            <p className="muted">
              {t(
                detail.canManage
                  ? 'meetups.series.noneUpcomingOrganiser'
                  : 'meetups.series.noneUpcoming',
              )}
            </p>
          )}

          <h2>{t('meetups.series.pastHeading')}</h2>
          {detail.past.length === 0 ? (
            <p className="muted">{t('meetups.series.noPast')}</p>
          ) : (
            <ul className="thread-list">
              {detail.past.map((meetup) => (
                <li key={meetup.id}>
                  <MeetupRow meetup={meetup} showSeries={false} />
                </li>
              ))}
            </ul>
          )}
        </div>

        <aside className="profile-aside">
          <section className="panel">
            <h2>{t('meetups.series.about')}</h2>
            <dl className="facts">
              <dt>{t('meetups.series.invited')}</dt>
              <dd>
                {detail.cohorts.length === 0 ? (
                  t('meetups.series.wholeNetwork')
                ) : (
                  <ul
                    className="tag-list tag-list-cohort"
                    aria-label={t('meetups.series.invitedCohorts')}
                  >
                    {detail.cohorts.map((cohort) => (
                      <li key={cohort.id}>
                        <Link className="tag" to={`/cohorts/${cohort.id}`}>
                          {cohort.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt>{t('meetups.series.organisers')}</dt>
              <dd>
                {detail.organisers.length === 0 ? (
                  t('meetups.series.networkOrganisers')
                ) : (
                  <ul className="inline-list">
                    {detail.organisers.map((person) => (
                      <li key={person.id}>
                        <Link to={`/members/${person.handle}`}>{person.name}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt>{t('meetups.series.usually')}</dt>
              <dd>
                {t('meetups.series.usualLength', {
                  length: lengthLine(t, detail.defaultDurationMinutes),
                  zone: detail.defaultTimezone.replace(/_/g, ' '),
                })}
              </dd>
              {detail.defaultVenue && (
                <>
                  <dt>{t('meetups.series.venue')}</dt>
                  <dd>{detail.defaultVenue}</dd>
                </>
              )}
              {detail.defaultOnlineUrl && (
                <>
                  <dt>{t('meetups.series.online')}</dt>
                  <dd>
                    <a href={detail.defaultOnlineUrl} rel="noreferrer" target="_blank">
                      {detail.defaultOnlineUrl}
                    </a>
                  </dd>
                </>
              )}
            </dl>
          </section>
        </aside>
      </div>
    </section>
  );
}

/** "45 minutes", "3 hours", "1 hour 30 minutes". */
function lengthLine(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('meetups.series.minutes', { minutes: rest });
  if (rest === 0) return t('meetups.series.hours', { hours });
  return t('meetups.series.hoursMinutes', { hours, minutes: rest });
}

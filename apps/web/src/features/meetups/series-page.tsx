import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { CookedHtml } from '../../components/cooked-html.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ApiError } from '../../lib/api-client.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { plainDate } from '../../lib/zoned-time.ts';
import { useSeries } from './api/get-series.ts';
import { MeetupRow } from './components/meetup-row.tsx';
import { cadenceLine } from './components/series-list.tsx';

export function SeriesPage() {
  const { id = '' } = useParams();
  const series = useSeries(id);
  useDocumentTitle(series.data?.name ?? 'Meetup series');

  if (series.isPending) {
    return (
      <p className="loading" role="status">
        Loading the series…
      </p>
    );
  }
  if (series.isError) {
    const missing = series.error instanceof ApiError && series.error.status === 404;
    return (
      <section className="page narrow">
        <h1>{missing ? 'Series not found' : 'This series could not be shown'}</h1>
        <Alert tone="error">{formErrors(series.error).message}</Alert>
        <p>
          <Link to="/meetups">All meetups</Link>
        </p>
      </section>
    );
  }

  const detail = series.data;
  const proposeLink = `/meetups/series/${detail.id}/propose`;
  return (
    <section className="page">
      <p className="back-link">
        <Link to="/meetups">Meetups</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>{detail.name}</h1>
          <p className="lead">
            {cadenceLine(detail.cadenceMonths)} · next due {plainDate(detail.nextDueOn)}
          </p>
        </div>
        {detail.canManage && (
          <Link className="button-primary" to={proposeLink}>
            Propose a meetup
          </Link>
        )}
      </div>
      {detail.canManage && detail.dueSoon && (
        <Alert tone="info">
          The next meetup is due on {plainDate(detail.nextDueOn)} and none is proposed yet.{' '}
          <Link to={proposeLink}>Propose the next meetup</Link>
        </Alert>
      )}

      <div className="profile-body">
        <div className="profile-main">
          {detail.descriptionHtml && <CookedHtml html={detail.descriptionHtml} />}

          <h2>Next meetup</h2>
          {detail.upcoming ? (
            <MeetupRow meetup={detail.upcoming} showSeries={false} />
          ) : (
            <p className="muted">
              None planned yet.
              {detail.canManage ? ' Propose one: members vote on the candidate dates.' : ''}
            </p>
          )}

          <h2>Past meetups</h2>
          {detail.past.length === 0 ? (
            <p className="muted">
              None yet. Each meetup's page keeps its agenda and notes once it has taken place.
            </p>
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
            <h2>About the series</h2>
            <dl className="facts">
              <dt>Invited</dt>
              <dd>
                {detail.cohorts.length === 0 ? (
                  'The whole network'
                ) : (
                  <ul className="tag-list tag-list-cohort" aria-label="Invited cohorts">
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
              <dt>Organisers</dt>
              <dd>
                {detail.organisers.length === 0 ? (
                  'The network’s organisers'
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
              <dt>Usually</dt>
              <dd>
                {lengthLine(detail.defaultDurationMinutes)},{' '}
                {detail.defaultTimezone.replace(/_/g, ' ')} time
              </dd>
              {detail.defaultVenue && (
                <>
                  <dt>Venue</dt>
                  <dd>{detail.defaultVenue}</dd>
                </>
              )}
              {detail.defaultOnlineUrl && (
                <>
                  <dt>Online</dt>
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

function lengthLine(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} minutes`;
  const hourText = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return rest === 0 ? hourText : `${hourText} ${rest} minutes`;
}

import type { AccountMember } from '@praxis/contracts/members';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { authorLabel } from '../../components/author-link.tsx';
import { PageLoading } from '../../components/page-suspense.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ThreadKindBadge } from '../../components/thread-kind-badge.tsx';
import { dueSeries, seriesListQueryOptions, useSeriesList } from '../../lib/api/list-series.ts';
import type { MessageId } from '../../lib/i18n/message-ids.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { queryClient } from '../../lib/query-client.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { plainDate, rangeIn, viewerZone } from '../../lib/zoned-time.ts';
import { nextMeetupQueryOptions, useNextMeetup } from './api/get-next-meetup.ts';
import { latestThreadsQueryOptions, useLatestThreads } from './api/list-latest-threads.ts';

const destinations: { to: string; title: MessageId; text: MessageId }[] = [
  { to: '/directory', title: 'home.directory.title', text: 'home.directory.text' },
  { to: '/threads', title: 'home.threads.title', text: 'home.threads.text' },
  { to: '/meetups', title: 'home.meetups.title', text: 'home.meetups.text' },
  { to: '/chat', title: 'home.chat.title', text: 'home.chat.text' },
];

/** The part of a link's name that only screen readers need: the others see the row. */
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** A first load of home: its three requests start as soon as this page's code has arrived. */
export function prefetchHomePage() {
  return Promise.all([
    queryClient.prefetchQuery(nextMeetupQueryOptions()),
    queryClient.prefetchQuery(seriesListQueryOptions()),
    queryClient.prefetchQuery(latestThreadsQueryOptions()),
  ]);
}

export function HomePage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('home.page.title'));
  // The panels above the cards and the threads below them come from three requests. The page
  // shows them together once all three have answered, so that nothing already on screen is
  // pushed down as each arrives (a layout shift, which phones feel most).
  const nextMeetup = useNextMeetup();
  const series = useSeriesList();
  const latest = useLatestThreads();
  const answered = !nextMeetup.isPending && !series.isPending && !latest.isPending;
  return (
    <section className="page">
      <h1>{t('home.page.welcome', { name: member.name.split(' ')[0] })}</h1>
      <p className="lead">{t('home.page.lead')}</p>
      {answered ? (
        <>
          <DueSeries />
          <NextMeetup />
          <ul className="cards">
            {destinations.map((destination) => (
              <li key={destination.to} className="card">
                <h2>
                  <Link to={destination.to}>{t(destination.title)}</Link>
                </h2>
                <p>{t(destination.text)}</p>
              </li>
            ))}
          </ul>
          <LatestThreads />
        </>
      ) : (
        <PageLoading />
      )}
    </section>
  );
}

/** For those who run a series: the ones due within two months with nothing proposed yet. */
function DueSeries() {
  const t = useT();
  const { locale } = useIntl();
  const due = dueSeries(useSeriesList().data?.series);
  if (due.length === 0) return null;
  return (
    <section className="panel due-callout" aria-labelledby="home-due-heading">
      <h2 id="home-due-heading">{t('home.due.heading')}</h2>
      <ul>
        {due.map((series) => (
          <li key={series.id} className="due-item">
            <span>
              <T
                id="home.due.item"
                values={{
                  series: series.name,
                  date: plainDate(series.nextDueOn, locale),
                  link: (chunks) => <Link to={`/meetups/series/${series.id}`}>{chunks}</Link>,
                }}
              />
            </span>{' '}
            <Link className="button-secondary" to={`/meetups/series/${series.id}/propose`}>
              <T id="home.due.propose" values={{ series: series.name, hidden }} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The next dated meetup, and an open date poll the member could still vote in. */
function NextMeetup() {
  const { locale } = useIntl();
  const upcoming = useNextMeetup().data?.meetups ?? [];
  const next = upcoming.find((meetup) => meetup.status === 'scheduled');
  const poll = upcoming.find((meetup) => meetup.status === 'proposed');
  if (!next && !poll) return null;
  return (
    <div className="panel home-next-meetup">
      {next?.startsAt && next.endsAt && (
        <p className="home-next-line">
          <T
            id="home.next.meetup"
            values={{
              title: next.title,
              when: rangeIn(next.startsAt, next.endsAt, viewerZone(), locale),
              link: (chunks) => <Link to={`/meetups/${next.id}`}>{chunks}</Link>,
            }}
          />
        </p>
      )}
      {poll && (
        <p className="home-next-line">
          <T
            id="home.next.poll"
            values={{
              title: poll.title,
              link: (chunks) => <Link to={`/meetups/${poll.id}`}>{chunks}</Link>,
            }}
          />
        </p>
      )}
    </div>
  );
}

function LatestThreads() {
  const t = useT();
  const latest = useLatestThreads();
  const threads = latest.data?.threads ?? [];
  if (threads.length === 0) return null;
  return (
    <section aria-labelledby="latest-heading" className="home-latest">
      <h2 id="latest-heading">{t('home.latest.heading')}</h2>
      <ul className="thread-list">
        {threads.map((thread) => (
          <li key={thread.id} className={`thread-row${thread.unread ? ' thread-unread' : ''}`}>
            <div className="thread-row-main">
              <p className="thread-markers">
                <ThreadKindBadge kind={thread.kind} />
                {thread.solved && (
                  <span className="marker marker-solved">{t('home.latest.solved')}</span>
                )}
              </p>
              <h3 className="thread-row-title">
                <Link className="thread-title-link" to={`/threads/${thread.id}`}>
                  {thread.title}
                  {thread.unread && (
                    <span className="visually-hidden"> {t('home.latest.unread')}</span>
                  )}
                </Link>
              </h3>
            </div>
            <p className="small muted">
              {authorLabel(t, thread.author)} · <RelativeTime iso={thread.lastActivityAt} />
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/threads">{t('home.latest.all')}</Link>
      </p>
    </section>
  );
}

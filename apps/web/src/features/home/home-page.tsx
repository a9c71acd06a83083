import type { AccountMember } from '@praxis/contracts/members';
import { Link } from 'react-router';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ThreadKindBadge } from '../../components/thread-kind-badge.tsx';
import { dueSeries, useSeriesList } from '../../lib/api/list-series.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { plainDate, rangeIn, viewerZone } from '../../lib/zoned-time.ts';
import { useNextMeetup } from './api/get-next-meetup.ts';
import { useLatestThreads } from './api/list-latest-threads.ts';

const destinations = [
  {
    to: '/directory',
    title: 'Find someone who has done it before',
    text: 'Search alumni by expertise, programme and country.',
  },
  {
    to: '/threads',
    title: 'Ask the network',
    text: 'Questions, success stories and honest failures.',
  },
  { to: '/meetups', title: 'The six-monthly exchange', text: 'Pick a date, RSVP, bring a story.' },
  {
    to: '/chat',
    title: 'Talk now',
    text: 'Rooms for every cohort and meetup, and direct messages.',
  },
];

export function HomePage({ member }: { member: AccountMember }) {
  useDocumentTitle('Home');
  return (
    <section className="page">
      <h1>Welcome, {member.name.split(' ')[0]}</h1>
      <p className="lead">
        Praxis is where alumni of public-sector innovation programmes keep learning from each other.
      </p>
      <DueSeries />
      <NextMeetup />
      <ul className="cards">
        {destinations.map((destination) => (
          <li key={destination.to} className="card">
            <h2>
              <Link to={destination.to}>{destination.title}</Link>
            </h2>
            <p>{destination.text}</p>
          </li>
        ))}
      </ul>
      <LatestThreads />
    </section>
  );
}

/** For those who run a series: the ones due within two months with nothing proposed yet. */
function DueSeries() {
  const due = dueSeries(useSeriesList().data?.series);
  if (due.length === 0) return null;
  return (
    <section className="panel due-callout" aria-labelledby="home-due-heading">
      <h2 id="home-due-heading">Meetups to propose</h2>
      <ul>
        {due.map((series) => (
          <li key={series.id} className="due-item">
            <span>
              <Link to={`/meetups/series/${series.id}`}>{series.name}</Link> is due on{' '}
              {plainDate(series.nextDueOn)}, and nothing is proposed yet.
            </span>{' '}
            <Link className="button-secondary" to={`/meetups/series/${series.id}/propose`}>
              Propose the next meetup<span className="visually-hidden"> of {series.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The next dated meetup, and an open date poll the member could still vote in. */
function NextMeetup() {
  const upcoming = useNextMeetup().data?.meetups ?? [];
  const next = upcoming.find((meetup) => meetup.status === 'scheduled');
  const poll = upcoming.find((meetup) => meetup.status === 'proposed');
  if (!next && !poll) return null;
  return (
    <div className="panel home-next-meetup">
      {next?.startsAt && next.endsAt && (
        <p className="home-next-line">
          <strong>Next meetup:</strong> <Link to={`/meetups/${next.id}`}>{next.title}</Link>,{' '}
          {rangeIn(next.startsAt, next.endsAt, viewerZone())} (your time)
        </p>
      )}
      {poll && (
        <p className="home-next-line">
          <strong>Vote on a date:</strong> <Link to={`/meetups/${poll.id}`}>{poll.title}</Link>
        </p>
      )}
    </div>
  );
}

function LatestThreads() {
  const latest = useLatestThreads();
  const threads = latest.data?.threads ?? [];
  if (threads.length === 0) return null;
  return (
    <section aria-labelledby="latest-heading" className="home-latest">
      <h2 id="latest-heading">Latest in threads</h2>
      <ul className="thread-list">
        {threads.map((thread) => (
          <li key={thread.id} className={`thread-row${thread.unread ? ' thread-unread' : ''}`}>
            <div className="thread-row-main">
              <p className="thread-markers">
                <ThreadKindBadge kind={thread.kind} />
                {thread.solved && <span className="marker marker-solved">Solved</span>}
              </p>
              <h3 className="thread-row-title">
                <Link className="thread-title-link" to={`/threads/${thread.id}`}>
                  {thread.title}
                  {thread.unread && <span className="visually-hidden"> (unread)</span>}
                </Link>
              </h3>
            </div>
            <p className="small muted">
              {thread.author.name} · <RelativeTime iso={thread.lastActivityAt} />
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/threads">All threads</Link>
      </p>
    </section>
  );
}

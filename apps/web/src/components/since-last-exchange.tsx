import type { PilotUpdateWithPilot } from '@praxis/contracts/pilots';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSinceLastExchange } from '../lib/api/get-since-last-exchange.ts';
import { T, useT } from '../lib/i18n/use-t.tsx';
import { plainDate } from '../lib/zoned-time.ts';
import { PilotStageBadge } from './pilot-stage-badge.tsx';
import './pilots.css';

/**
 * On the next meetup of a series: what the invited cohorts' pilots did and what lessons were
 * published since the previous meetup, compact, each linking to where it is told in full.
 */
export function SinceLastExchange({ meetupId }: { meetupId: string }) {
  const t = useT();
  const intl = useIntl();
  const since = useSinceLastExchange(meetupId);
  if (!since.data) return null;
  const { updates, lessons, previousMeetup } = since.data;
  return (
    <section aria-labelledby="since-heading" className="since-last-exchange">
      <h2 id="since-heading">{t('pilots.since.heading')}</h2>
      <p className="muted small">
        {previousMeetup ? (
          <T
            id="pilots.since.sincePrevious"
            values={{
              meetup: previousMeetup.title,
              date: plainDate(previousMeetup.startsAt.slice(0, 10), intl.locale),
              link: (chunks) => <Link to={`/meetups/${previousMeetup.id}`}>{chunks}</Link>,
            }}
          />
        ) : (
          t('pilots.since.sinceDate', {
            date: plainDate(since.data.since.slice(0, 10), intl.locale),
          })
        )}
      </p>
      {updates.length === 0 && lessons.length === 0 ? (
        <p className="muted">{t('pilots.since.nothing')}</p>
      ) : (
        <ul className="since-list">
          {updates.map((update) => (
            <UpdateLine key={update.id} update={update} />
          ))}
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <span className="marker">{t('pilots.since.lesson')}</span>{' '}
              <Link to={`/library/${lesson.id}`}>{lesson.title}</Link>
            </li>
          ))}
        </ul>
      )}
      {since.data.truncated && <p className="muted small">{t('pilots.since.truncated')}</p>}
    </section>
  );
}

function UpdateLine({ update }: { update: PilotUpdateWithPilot }) {
  const t = useT();
  const intl = useIntl();
  return (
    <li>
      {update.stageTo ? (
        <>
          <Link to={`/pilots/${update.pilot.id}`}>{update.pilot.name}</Link>{' '}
          {t('pilots.since.movedTo', { stage: update.stageTo })}{' '}
          <PilotStageBadge stage={update.stageTo} />
        </>
      ) : (
        <>
          <span className="marker">{t('pilots.since.update')}</span>{' '}
          <Link to={`/pilots/${update.pilot.id}`}>{update.pilot.name}</Link>
        </>
      )}
      <span className="muted small">
        {' · '}
        <time dateTime={update.happenedOn}>{plainDate(update.happenedOn, intl.locale)}</time>
      </span>
    </li>
  );
}

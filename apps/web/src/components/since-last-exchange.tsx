import type { PilotUpdateWithPilot } from '@praxis/contracts/pilot-updates';
import type { PilotStage } from '@praxis/contracts/pilots';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSinceLastExchange } from '../lib/api/get-since-last-exchange.ts';
import { T, useT } from '../lib/i18n/use-t.tsx';
import { plainDate } from '../lib/zoned-time.ts';
import './pilots.css';

/** How many lines show before "Show all": the section is a reminder, not the timeline. */
const SHOWN = 6;

interface PilotNews {
  id: string;
  name: string;
  updates: number;
  /** The last stage it moved to in the period, if it moved. */
  movedTo: PilotStage | null;
  latest: string;
}

/**
 * On the next meetup of a series: what the invited cohorts' pilots did and what lessons were
 * published since the previous meetup, compact (a line per pilot), each linking to where it is
 * told in full.
 */
export function SinceLastExchange({ meetupId }: { meetupId: string }) {
  const t = useT();
  const intl = useIntl();
  const since = useSinceLastExchange(meetupId);
  const [all, setAll] = useState(false);
  if (!since.data) return null;
  const { lessons, previousMeetup } = since.data;
  const pilots = newsByPilot(since.data.updates);
  // Pilots and lessons together, newest first, so that "Show all" hides the oldest of both.
  const entries = [
    ...pilots.map((pilot) => ({
      day: pilot.latest,
      line: (
        <li key={pilot.id}>
          <Link to={`/pilots/${pilot.id}`}>{pilot.name}</Link>{' '}
          {pilot.movedTo && (
            <>
              <span className={`marker stage-${pilot.movedTo}`}>
                {t('pilots.since.movedTo', { stage: pilot.movedTo })}
              </span>{' '}
            </>
          )}
          <span className="muted small">
            {t('pilots.since.updates', {
              count: pilot.updates,
              date: plainDate(pilot.latest, intl.locale),
            })}
          </span>
        </li>
      ),
    })),
    ...lessons.map((lesson) => ({
      day: lesson.publishedAt.slice(0, 10),
      line: (
        <li key={lesson.id}>
          <span className="marker">{t('pilots.since.lesson')}</span>{' '}
          <Link to={`/library/${lesson.id}`}>{lesson.title}</Link>
        </li>
      ),
    })),
  ];
  const lines = entries
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0))
    .map((entry) => entry.line);
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
      {lines.length === 0 ? (
        <p className="muted">{t('pilots.since.nothing')}</p>
      ) : (
        <ul className="since-list">{all ? lines : lines.slice(0, SHOWN)}</ul>
      )}
      {lines.length > SHOWN && (
        <button type="button" className="button-link" onClick={() => setAll(!all)}>
          {all ? t('pilots.since.showFewer') : t('pilots.since.showAll', { count: lines.length })}
        </button>
      )}
      {all && since.data.truncated && <p className="muted small">{t('pilots.since.truncated')}</p>}
    </section>
  );
}

/** One line per pilot, in the order of its latest update (the updates come newest first). */
function newsByPilot(updates: PilotUpdateWithPilot[]): PilotNews[] {
  const byId = new Map<string, PilotNews>();
  for (const update of updates) {
    const news = byId.get(update.pilot.id);
    if (news) {
      news.updates += 1;
      news.movedTo ??= update.stageTo;
    } else {
      byId.set(update.pilot.id, {
        id: update.pilot.id,
        name: update.pilot.name,
        updates: 1,
        movedTo: update.stageTo,
        latest: update.happenedOn,
      });
    }
  }
  return [...byId.values()];
}

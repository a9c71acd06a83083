import type { AgendaItem, AgendaKind } from '@praxis/contracts/meetups';
import { Link } from 'react-router';
import { ThreadKindBadge } from '../../../components/thread-kind-badge.tsx';
import { timeIn } from '../../../lib/zoned-time.ts';

export const AGENDA_KIND_NAMES: Record<AgendaKind, string> = {
  success_story: 'Success story',
  failure_story: 'Failure story',
  lesson: 'Lesson',
  workshop: 'Workshop',
  other: 'Other',
};

/** Accepted contributions in the organisers' order; untimed and unplaced ones last. */
export function publishedAgenda(agenda: AgendaItem[]): AgendaItem[] {
  return agenda
    .filter((item) => item.status === 'accepted')
    .sort(
      (a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER),
    );
}

/** One contribution: when, what, who, and the story or thread it draws on. */
export function AgendaEntry({ item, timezone }: { item: AgendaItem; timezone: string }) {
  return (
    <>
      <span className="agenda-time">
        {item.startsAt ? (
          <time dateTime={item.startsAt}>{timeIn(item.startsAt, timezone)}</time>
        ) : (
          ''
        )}
      </span>
      <div className="agenda-body">
        <p className="agenda-title">
          <strong>{item.title}</strong>{' '}
          <span className={`marker agenda-kind agenda-kind-${item.kind}`}>
            {AGENDA_KIND_NAMES[item.kind]}
          </span>{' '}
          <span className="muted small">{item.minutes} min</span>
        </p>
        <p className="small agenda-meta">
          <Link to={`/members/${item.speaker.handle}`}>{item.speaker.name}</Link>
          {item.thread && (
            <>
              {' · '}
              <ThreadKindBadge kind={item.thread.kind} />{' '}
              <Link to={`/threads/${item.thread.id}`}>{item.thread.title}</Link>
            </>
          )}
        </p>
      </div>
    </>
  );
}

/** The agenda everyone reads; a member also sees what they proposed and what became of it. */
export function AgendaList({
  agenda,
  timezone,
  viewerId,
}: {
  agenda: AgendaItem[];
  timezone: string;
  viewerId: string;
}) {
  const published = publishedAgenda(agenda);
  const timed = published.some((item) => item.startsAt);
  const mine = agenda.filter((item) => item.status !== 'accepted' && item.speaker.id === viewerId);
  return (
    <>
      {published.length === 0 ? (
        <p className="muted">No contribution is on the agenda yet.</p>
      ) : (
        <>
          {timed && <p className="small muted">Times in {timezone.replace(/_/g, ' ')}.</p>}
          <ol className="agenda-list">
            {published.map((item) => (
              <li key={item.id} className="agenda-item">
                <AgendaEntry item={item} timezone={timezone} />
              </li>
            ))}
          </ol>
        </>
      )}
      {mine.length > 0 && (
        <>
          <h3>Your proposals</h3>
          <ul className="agenda-list">
            {mine.map((item) => (
              <li key={item.id} className="agenda-item">
                <span className="agenda-time">
                  <span className={`status status-${item.status}`}>
                    {item.status === 'declined' ? 'Declined' : 'Waiting'}
                  </span>
                </span>
                <div className="agenda-body">
                  <p className="agenda-title">
                    <strong>{item.title}</strong>{' '}
                    <span className="muted small">
                      {AGENDA_KIND_NAMES[item.kind]} · {item.minutes} min
                    </span>
                  </p>
                  <p className="small muted">
                    {item.status === 'declined'
                      ? 'The organisers could not fit it in this time.'
                      : 'The organisers will accept or decline it.'}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

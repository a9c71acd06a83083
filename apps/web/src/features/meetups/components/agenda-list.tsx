import type { AgendaItem, AgendaKind } from '@praxis/contracts/meetups';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ThreadKindBadge } from '../../../components/thread-kind-badge.tsx';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { timeIn } from '../../../lib/zoned-time.ts';

export const AGENDA_KIND_NAMES: Record<AgendaKind, MessageId> = {
  success_story: 'meetups.agendaKind.successStory',
  failure_story: 'meetups.agendaKind.failureStory',
  lesson: 'meetups.agendaKind.lesson',
  workshop: 'meetups.agendaKind.workshop',
  other: 'meetups.agendaKind.other',
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
  const t = useT();
  const { locale } = useIntl();
  return (
    <>
      <span className="agenda-time">
        {item.startsAt ? (
          <time dateTime={item.startsAt}>{timeIn(item.startsAt, timezone, locale)}</time>
        ) : (
          ''
        )}
      </span>
      <div className="agenda-body">
        <p className="agenda-title">
          <strong>{item.title}</strong>{' '}
          <span className={`marker agenda-kind agenda-kind-${item.kind}`}>
            {t(AGENDA_KIND_NAMES[item.kind])}
          </span>{' '}
          <span className="muted small">
            {t('meetups.agenda.minutes', { minutes: item.minutes })}
          </span>
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
  const t = useT();
  const published = publishedAgenda(agenda);
  const timed = published.some((item) => item.startsAt);
  const mine = agenda.filter((item) => item.status !== 'accepted' && item.speaker.id === viewerId);
  return (
    <>
      {published.length === 0 ? (
        <p className="muted">{t('meetups.agenda.empty')}</p>
      ) : (
        <>
          {timed && (
            <p className="small muted">
              {t('meetups.agenda.timesIn', { zone: timezone.replace(/_/g, ' ') })}
            </p>
          )}
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
          <h3>{t('meetups.agenda.yourProposals')}</h3>
          <ul className="agenda-list">
            {mine.map((item) => (
              <li key={item.id} className="agenda-item">
                <span className="agenda-time">
                  <span className={`status status-${item.status}`}>
                    {t(
                      item.status === 'declined'
                        ? 'meetups.agenda.declined'
                        : 'meetups.agenda.waiting',
                    )}
                  </span>
                </span>
                <div className="agenda-body">
                  <p className="agenda-title">
                    <strong>{item.title}</strong>{' '}
                    <span className="muted small">
                      {t('meetups.agenda.kindMinutes', {
                        kind: t(AGENDA_KIND_NAMES[item.kind]),
                        minutes: item.minutes,
                      })}
                    </span>
                  </p>
                  <p className="small muted">
                    {t(
                      item.status === 'declined'
                        ? 'meetups.agenda.declinedNote'
                        : 'meetups.agenda.waitingNote',
                    )}
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

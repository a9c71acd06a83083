import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMemberPilots } from '../lib/api/get-member-pilots.ts';
import { useT } from '../lib/i18n/use-t.tsx';
import { plainDate } from '../lib/zoned-time.ts';
import { CookedHtml } from './cooked-html.tsx';
import { PilotStageBadge } from './pilot-stage-badge.tsx';
import './pilots.css';

/** A member's profile: the pilots they are on, with their role, and their pilots' latest updates. */
export function MemberPilots({ handle }: { handle: string }) {
  const t = useT();
  const intl = useIntl();
  const pilots = useMemberPilots(handle);
  if (!pilots.data || pilots.data.pilots.length === 0) return null;
  const { updates } = pilots.data;
  return (
    <section aria-labelledby="pilots-heading" className="member-pilots">
      <h2 id="pilots-heading">{t('pilots.profile.heading')}</h2>
      <ul className="member-pilot-list">
        {pilots.data.pilots.map((pilot) => (
          <li key={pilot.id}>
            <Link to={`/pilots/${pilot.id}`}>{pilot.name}</Link>{' '}
            <PilotStageBadge stage={pilot.stage} />
            {pilot.role && <span className="muted small"> · {pilot.role}</span>}
          </li>
        ))}
      </ul>
      {updates.length > 0 && (
        <>
          <h3 className="member-pilot-updates-heading">{t('pilots.profile.updates')}</h3>
          <ol className="member-pilot-updates">
            {updates.map((update) => (
              <li key={update.id} className="pilot-excerpt">
                <p className="pilot-excerpt-head">
                  <time dateTime={update.happenedOn} className="small muted">
                    {plainDate(update.happenedOn, intl.locale)}
                  </time>{' '}
                  <Link to={`/pilots/${update.pilot.id}`}>{update.pilot.name}</Link>
                  {update.stageTo && (
                    <>
                      {' '}
                      <span className={`marker stage-${update.stageTo}`}>
                        {t('pilots.since.movedTo', { stage: update.stageTo })}
                      </span>
                    </>
                  )}
                </p>
                <CookedHtml
                  html={update.bodyHtml}
                  className="prose pilot-excerpt-body"
                  lang={update.language}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

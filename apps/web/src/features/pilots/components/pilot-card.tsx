import type { PilotSummary } from '@praxis/contracts/pilots';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useTrackName } from '../../../lib/use-track-name.ts';

/** A pilot on the board: its name leads to its page; who runs it, and when it last moved. */
export function PilotCard({ pilot }: { pilot: PilotSummary }) {
  const t = useT();
  const trackName = useTrackName();
  return (
    <article className="pilot-card">
      <h3 className="pilot-card-name">
        <Link to={`/pilots/${pilot.id}`}>{pilot.name}</Link>
      </h3>
      {pilot.organisations.length > 0 && (
        <p className="pilot-card-organisations">{pilot.organisations.join(' · ')}</p>
      )}
      {pilot.stopReason && (
        <p className="pilot-card-reason small">
          {t('pilots.card.stopReason', { reason: excerpt(pilot.stopReason) })}
        </p>
      )}
      <p className="pilot-card-meta small muted">
        {[
          pilot.track && trackName(pilot.track),
          pilot.cohort?.name,
          t('pilots.card.team', { count: pilot.teamSize }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="pilot-card-meta small muted">
        <RelativeTime iso={pilot.updatedAt} phrase="pilots.card.updatedWhen" />
      </p>
    </article>
  );
}

function excerpt(text: string): string {
  return text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text;
}

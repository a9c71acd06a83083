import type { LinkedPilotsQuery } from '@praxis/contracts/pilots';
import { Link } from 'react-router';
import { useLinkedPilots } from '../lib/api/list-linked-pilots.ts';
import { useT } from '../lib/i18n/use-t.tsx';
import { PilotStageBadge } from './pilot-stage-badge.tsx';
import './pilots.css';

/**
 * The pilots a thread, story, lesson or meetup (through its contributions) is linked to, that the
 * viewer may see; none: nothing.
 */
export function LinkedPilots({ to }: { to: LinkedPilotsQuery }) {
  const t = useT();
  const pilots = useLinkedPilots(to);
  if (!pilots.data || pilots.data.pilots.length === 0) return null;
  return (
    <section aria-labelledby="linked-pilots-heading" className="linked-pilots">
      <h2 id="linked-pilots-heading">
        {t('pilots.linked.heading', {
          to: to.threadId ? 'thread' : to.lessonId ? 'lesson' : to.meetupId ? 'meetup' : 'other',
        })}
      </h2>
      <ul className="linked-pilot-list">
        {pilots.data.pilots.map((pilot) => (
          <li key={pilot.id}>
            <Link to={`/pilots/${pilot.id}`}>{pilot.name}</Link>{' '}
            <PilotStageBadge stage={pilot.stage} />
            {pilot.organisations.length > 0 && (
              <span className="muted small"> · {pilot.organisations.join(', ')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

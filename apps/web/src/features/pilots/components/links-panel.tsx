import type { PilotDetail, PilotLink } from '@praxis/contracts/pilots';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useChangeLinks } from '../api/change-links.ts';
import { AddLinkForm } from './add-link-form.tsx';

const GROUPS = [
  { kind: 'thread', heading: 'pilots.links.threads' },
  { kind: 'lesson', heading: 'pilots.links.lessons' },
  { kind: 'agenda_item', heading: 'pilots.links.contributions' },
] as const;

/** What the pilot links to, by kind; each links back to the pilot from its own page. */
export function LinksPanel({ pilot }: { pilot: PilotDetail }) {
  const t = useT();
  const { remove } = useChangeLinks();
  return (
    <section className="panel" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('pilots.links.heading')}</h2>
      {pilot.links.length === 0 && <p className="muted small">{t('pilots.links.empty')}</p>}
      {GROUPS.map(({ kind, heading }) => {
        const links = pilot.links.filter((link) => link.target.kind === kind);
        if (links.length === 0) return null;
        return (
          <div key={kind} className="pilot-link-group">
            <h3 className="pilot-link-heading">{t(heading)}</h3>
            <ul className="pilot-links">
              {links.map((link) => (
                <li key={link.id} className="pilot-link">
                  <LinkTarget link={link} />
                  {pilot.canEdit && (
                    <button
                      type="button"
                      className="button-link small"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate({ pilotId: pilot.id, linkId: link.id })}
                    >
                      <T
                        id="pilots.links.remove"
                        values={{
                          title: link.target.title,
                          hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                        }}
                      />
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {remove.error && <Alert tone="error">{formErrors(remove.error).message}</Alert>}
      {pilot.canEdit && <AddLinkForm pilotId={pilot.id} />}
    </section>
  );
}

function LinkTarget({ link }: { link: PilotLink }) {
  const t = useT();
  const { target } = link;
  if (target.kind === 'thread') return <Link to={`/threads/${target.id}`}>{target.title}</Link>;
  if (target.kind === 'lesson') return <Link to={`/library/${target.id}`}>{target.title}</Link>;
  return (
    <span>
      <Link to={`/meetups/${target.meetupId}`}>{target.title}</Link>{' '}
      <span className="muted small">
        {t('pilots.links.atMeetup', { meetup: target.meetupTitle })}
      </span>
    </span>
  );
}

import type { PilotDetail } from '@praxis/contracts/pilots';
import { MAX_TEAM_ROLE } from '@praxis/contracts/pilots';
import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { AuthorLink } from '../../../components/author-link.tsx';
import { Avatar } from '../../../components/avatar.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useFindMembers } from '../../../lib/api/find-members.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useChangeTeam } from '../api/change-team.ts';

/** Who carries the pilot, with their roles; its team and organisers add and remove people. */
export function TeamPanel({ pilot }: { pilot: PilotDetail }) {
  const t = useT();
  const { remove } = useChangeTeam();
  return (
    <section className="panel" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('pilots.team.heading')}</h2>
      {pilot.team.length === 0 && <p className="muted small">{t('pilots.team.empty')}</p>}
      <ul className="pilot-team">
        {pilot.team.map(({ member, role }) => (
          <li key={member.id} className="pilot-team-member">
            <Avatar person={member} size="small" decorative />
            <span className="pilot-team-who">
              <AuthorLink author={member} />
              {role && <span className="muted small"> · {role}</span>}
            </span>
            {pilot.canEdit && pilot.team.length > 1 && (
              <button
                type="button"
                className="button-link small"
                disabled={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('pilots.team.confirmRemove', { name: member.name }))) {
                    remove.mutate({ pilotId: pilot.id, memberId: member.id });
                  }
                }}
              >
                <T
                  id="pilots.team.remove"
                  values={{
                    name: member.name,
                    hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                  }}
                />
              </button>
            )}
          </li>
        ))}
      </ul>
      {remove.error && <Alert tone="error">{formErrors(remove.error).message}</Alert>}
      {pilot.canEdit && <AddToTeam pilot={pilot} />}
    </section>
  );
}

function AddToTeam({ pilot }: { pilot: PilotDetail }) {
  const t = useT();
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const found = useFindMembers(q);
  const { put } = useChangeTeam();
  const { message, fields } = formErrors(put.error);
  const onTeam = new Set(pilot.team.map(({ member }) => member.id));
  return (
    <details className="pilot-team-add">
      <summary>{t('pilots.team.add')}</summary>
      <p className="small muted">{t('pilots.team.addHint')}</p>
      <FormField
        label={t('pilots.team.role')}
        hint={t('pilots.team.roleHint')}
        value={role}
        maxLength={MAX_TEAM_ROLE}
        error={fields.role}
        onChange={(event) => setRole(event.target.value)}
      />
      <FormField
        label={t('pilots.team.find')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      {message && !fields.role && <Alert tone="error">{message}</Alert>}
      {found.data && q.trim().length >= 2 && (
        <ul className="people-list">
          {found.data.members.length === 0 && <li className="muted">{t('pilots.team.noMatch')}</li>}
          {found.data.members.map((person) => (
            <li key={person.id} className="person">
              <span>
                <strong>{person.name}</strong>
                <span className="muted small"> {person.organisation}</span>
              </span>
              {/* Someone already on the team is given the role typed above instead. */}
              <button
                type="button"
                className="button-link"
                disabled={put.isPending}
                onClick={() =>
                  put.mutate(
                    { pilotId: pilot.id, memberId: person.id, role },
                    { onSuccess: () => setQ('') },
                  )
                }
              >
                <T
                  id={onTeam.has(person.id) ? 'pilots.team.setRole' : 'pilots.team.addPerson'}
                  values={{
                    name: person.name,
                    hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                  }}
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useFindMembers } from '../../../lib/api/find-members.ts';
import { useChangeCohortMembers } from '../api/change-cohort-members.ts';

/** Organisers add people who already have an account to the cohort. */
export function AddMembersPanel({
  cohortId,
  cohortName,
}: {
  cohortId: string;
  cohortName: string;
}) {
  const [q, setQ] = useState('');
  const found = useFindMembers(q);
  const { add } = useChangeCohortMembers(cohortId);

  return (
    <details className="panel">
      <summary>Add members who already have an account</summary>
      <FormField
        label="Find a member"
        hint="Type a name, organisation or expertise."
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      {add.error && <Alert tone="error">{formErrors(add.error).message}</Alert>}
      {add.isSuccess && <Alert tone="success">Added to {cohortName}.</Alert>}
      {found.data && q.trim().length >= 2 && (
        <ul className="people-list">
          {found.data.members.length === 0 && <li className="muted">No one matches.</li>}
          {found.data.members.map((person) => {
            const inCohort = person.cohorts.some((cohort) => cohort.id === cohortId);
            return (
              <li key={person.id} className="person">
                <span>
                  <strong>{person.name}</strong>
                  <span className="muted small"> {person.organisation}</span>
                </span>
                {inCohort ? (
                  <span className="muted small">in the cohort</span>
                ) : (
                  <button
                    type="button"
                    className="button-link"
                    disabled={add.isPending}
                    onClick={() => add.mutate({ cohortId, memberId: person.id })}
                  >
                    Add<span className="visually-hidden"> {person.name}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}

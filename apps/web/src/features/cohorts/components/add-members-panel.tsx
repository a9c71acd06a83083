import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useFindMembers } from '../../../lib/api/find-members.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useChangeCohortMembers } from '../api/change-cohort-members.ts';

/** Organisers add people who already have an account to the cohort. */
export function AddMembersPanel({
  cohortId,
  cohortName,
}: {
  cohortId: string;
  cohortName: string;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const found = useFindMembers(q);
  const { add } = useChangeCohortMembers(cohortId);

  return (
    <details className="panel">
      <summary>{t('cohorts.add.summary')}</summary>
      <FormField
        label={t('cohorts.add.find')}
        hint={t('cohorts.add.findHint')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      {add.error && <Alert tone="error">{formErrors(add.error).message}</Alert>}
      {add.isSuccess && (
        <Alert tone="success">{t('cohorts.add.added', { cohort: cohortName })}</Alert>
      )}
      {found.data && q.trim().length >= 2 && (
        <ul className="people-list">
          {found.data.members.length === 0 && <li className="muted">{t('cohorts.add.noMatch')}</li>}
          {found.data.members.map((person) => {
            const inCohort = person.cohorts.some((cohort) => cohort.id === cohortId);
            return (
              <li key={person.id} className="person">
                <span>
                  <strong>{person.name}</strong>
                  <span className="muted small"> {person.organisation}</span>
                </span>
                {inCohort ? (
                  <span className="muted small">{t('cohorts.add.inCohort')}</span>
                ) : (
                  <button
                    type="button"
                    className="button-link"
                    disabled={add.isPending}
                    onClick={() => add.mutate({ cohortId, memberId: person.id })}
                  >
                    <T
                      id="cohorts.add.add"
                      values={{
                        name: person.name,
                        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                      }}
                    />
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

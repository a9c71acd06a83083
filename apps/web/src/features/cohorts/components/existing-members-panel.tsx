import type { ExistingMembersAdded, InviteeListCheck } from '@praxis/contracts/invitations';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useAddExistingMembers } from '../api/add-existing-members.ts';

type ExistingMember = InviteeListCheck['alreadyMembers'][number];

/**
 * People in the checked list who already have an account: they get no invitation, so the
 * organiser can add them to the cohort here instead, in the same step. Everyone who can be added
 * starts ticked; the list is remounted (by key) for each new check.
 */
export function ExistingMembersPanel({
  cohortId,
  cohortName,
  people,
  onAdded,
}: {
  cohortId: string;
  cohortName: string;
  people: ExistingMember[];
  onAdded(result: ExistingMembersAdded): void;
}) {
  const t = useT();
  const addable = people.filter((person) => !person.inCohort && !person.deactivated);
  const [chosen, setChosen] = useState(() => new Set(addable.map((person) => person.email)));
  const add = useAddExistingMembers(cohortId);
  const ticked = addable.filter((person) => chosen.has(person.email));

  function toggle(email: string, on: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(email);
      else next.delete(email);
      return next;
    });
  }

  function addTicked() {
    add.mutate({ cohortId, emails: ticked.map((person) => person.email) }, { onSuccess: onAdded });
  }

  return (
    <section className="panel" aria-labelledby="existing-members-heading">
      <h2 id="existing-members-heading">{t('cohorts.existing.heading')}</h2>
      <p>
        {t('cohorts.existing.intro', { count: people.length })}
        {addable.length > 0 && ` ${t('cohorts.existing.tick', { cohort: cohortName })}`}
      </p>
      <ul className="existing-members">
        {people.map((person) => {
          const who = (
            <>
              <strong>{person.name}</strong>{' '}
              <span className="muted small">
                {t('cohorts.existing.emailAndRow', { email: person.email, row: person.row })}
              </span>
            </>
          );
          const id = `existing-member-${person.row}`;
          return (
            <li key={person.email}>
              {!person.inCohort && !person.deactivated ? (
                <div className="checkbox-field">
                  <input
                    id={id}
                    type="checkbox"
                    checked={chosen.has(person.email)}
                    onChange={(event) => toggle(person.email, event.target.checked)}
                  />
                  <label htmlFor={id}>{who}</label>
                </div>
              ) : (
                <p className="existing-member">
                  {who}{' '}
                  <span className="existing-member-note">
                    {person.inCohort
                      ? t('cohorts.existing.inCohort', { cohort: cohortName })
                      : t('cohorts.existing.deactivated')}
                  </span>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {add.error && <Alert tone="error">{formErrors(add.error).message}</Alert>}
      {add.data && <AddedAlert result={add.data} cohortName={cohortName} />}
      {addable.length > 0 && (
        <button
          type="button"
          className="button-primary"
          disabled={ticked.length === 0 || add.isPending}
          onClick={addTicked}
        >
          {add.isPending
            ? t('cohorts.existing.adding')
            : ticked.length === 0
              ? t('cohorts.existing.tickSomeone', { cohort: cohortName })
              : t('cohorts.existing.add', { count: ticked.length, cohort: cohortName })}
        </button>
      )}
    </section>
  );
}

function AddedAlert({ result, cohortName }: { result: ExistingMembersAdded; cohortName: string }) {
  const t = useT();
  const intl = useIntl();
  const names = (list: { name: string }[]) =>
    formatList(
      intl,
      list.map((person) => person.name),
      { type: 'unit', style: 'short' },
    );
  return (
    <Alert tone={result.skipped.length > 0 ? 'info' : 'success'}>
      {result.added.length > 0 && (
        <p>{t('cohorts.existing.added', { names: names(result.added), cohort: cohortName })}</p>
      )}
      {result.alreadyInCohort.length > 0 && (
        <p>
          {t('cohorts.existing.alreadyIn', {
            names: names(result.alreadyInCohort),
            cohort: cohortName,
          })}
        </p>
      )}
      {result.skipped.map((skip) => (
        <p key={skip.email}>
          {t('cohorts.existing.notAdded', { email: skip.email, reason: skip.reason })}
        </p>
      ))}
    </Alert>
  );
}

import type { ExistingMembersAdded, InviteeListCheck } from '@praxis/contracts/invitations';
import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
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
      <h2 id="existing-members-heading">Already members of Praxis</h2>
      <p>
        {people.length === 1 ? 'This person has' : 'These people have'} an account already, so they
        won’t get an invitation.
        {addable.length > 0 &&
          ` Tick those who belong in ${cohortName} and add them straight away.`}
      </p>
      <ul className="existing-members">
        {people.map((person) => {
          const who = (
            <>
              <strong>{person.name}</strong>{' '}
              <span className="muted small">
                {person.email} · row {person.row}
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
                      ? `in ${cohortName}`
                      : 'account deactivated: an admin can reactivate it'}
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
            ? 'Adding…'
            : ticked.length === 0
              ? `Tick someone to add to ${cohortName}`
              : `Add ${ticked.length} ${ticked.length === 1 ? 'member' : 'members'} to ${cohortName}`}
        </button>
      )}
    </section>
  );
}

function AddedAlert({ result, cohortName }: { result: ExistingMembersAdded; cohortName: string }) {
  const names = (list: { name: string }[]) => list.map((person) => person.name).join(', ');
  return (
    <Alert tone={result.skipped.length > 0 ? 'info' : 'success'}>
      {result.added.length > 0 && (
        <p>
          Added {names(result.added)} to {cohortName}. They can see its threads, meetups and chat
          room now.
        </p>
      )}
      {result.alreadyInCohort.length > 0 && (
        <p>
          Already in {cohortName}, nothing to do: {names(result.alreadyInCohort)}.
        </p>
      )}
      {result.skipped.map((skip) => (
        <p key={skip.email}>
          Not added: {skip.email}. {skip.reason}
        </p>
      ))}
    </Alert>
  );
}

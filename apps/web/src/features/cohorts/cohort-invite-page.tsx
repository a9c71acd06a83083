import type { CohortInvitationsQueued, InviteeListCheck } from '@praxis/contracts/invitations';
import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField, TextAreaField } from '../../components/form-field.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useCheckInvitees } from './api/check-invitees.ts';
import { useCohort } from './api/get-cohort.ts';
import { useInviteToCohort } from './api/invite-to-cohort.ts';
import { CohortInvitationsTable } from './components/cohort-invitations-table.tsx';
import { ExistingMembersPanel } from './components/existing-members-panel.tsx';
import { InviteeCheckResult } from './components/invitee-check-result.tsx';

const MAX_FILE_BYTES = 200_000;

/** Organisers bring a whole cohort in: paste or upload, check every row, then confirm. */
export function CohortInvitePage() {
  const { id = '' } = useParams();
  const cohort = useCohort(id);
  useDocumentTitle(cohort.data ? `Invite to ${cohort.data.name}` : 'Invite to a cohort');
  const check = useCheckInvitees();
  const invite = useInviteToCohort();
  const [text, setText] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState<InviteeListCheck | null>(null);
  const [queued, setQueued] = useState<CohortInvitationsQueued | null>(null);
  // Kept apart from `checked`, so the offer to add them outlives sending the invitations.
  const [existing, setExisting] = useState<{
    check: number;
    people: InviteeListCheck['alreadyMembers'];
  }>({ check: 0, people: [] });
  const created = useCreatedConfirmation();
  const checkErrors = formErrors(check.error);
  const inviteErrors = formErrors(invite.error);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileProblem(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileProblem('This file is too large for a list of people; a CSV of 500 rows is ~30 KB.');
      return;
    }
    setText(await file.text());
    forgetCheck();
  }

  function forgetCheck() {
    setChecked(null);
    setExisting((previous) => ({ check: previous.check + 1, people: [] }));
  }

  function submitCheck(event: FormEvent) {
    event.preventDefault();
    setQueued(null);
    check.mutate(
      { cohortId: id, text },
      {
        onSuccess: (result) => {
          setChecked(result);
          setExisting((previous) => ({
            check: previous.check + 1,
            people: result.alreadyMembers,
          }));
        },
      },
    );
  }

  function confirm() {
    if (!checked) return;
    invite.mutate(
      {
        cohortId: id,
        invitees: checked.valid.map(({ email, name, organisation }) => ({
          email,
          name,
          organisation,
        })),
      },
      {
        onSuccess: (result) => {
          setQueued(result);
          setChecked(null);
          setText('');
        },
      },
    );
  }

  return (
    <section className="page">
      <p className="muted small">
        <Link to="/cohorts">Programmes and cohorts</Link> ›{' '}
        {cohort.data ? <Link to={`/cohorts/${id}`}>{cohort.data.name}</Link> : 'Cohort'}
      </p>
      <h1>Invite people to {cohort.data?.name ?? 'this cohort'}</h1>
      <p className="lead">
        Paste e-mail addresses, or upload a CSV file with the columns name, email and, if you like,
        organisation. Praxis checks every row first; nothing is sent until you confirm.
      </p>
      {cohort.isError && <Alert tone="error">{formErrors(cohort.error).message}</Alert>}
      {created && (
        <Alert tone="success">
          <p>
            Cohort <strong>{created}</strong> created. Now bring its people in: paste their
            addresses below, and Praxis will tell you who already has an account.
          </p>
        </Alert>
      )}

      {queued && (
        <Alert tone="success">
          <p>
            {queued.queued} {queued.queued === 1 ? 'invitation' : 'invitations'} created; the
            e-mails are on their way. Each link works once, for 14 days.
          </p>
          {queued.skipped.length > 0 && (
            <>
              <p>Not invited:</p>
              <ul>
                {queued.skipped.map((skip) => (
                  <li key={skip.email}>
                    {skip.email}: {skip.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}

      <form onSubmit={submitCheck} noValidate className="panel">
        {checkErrors.message && <Alert tone="error">{checkErrors.message}</Alert>}
        <TextAreaField
          label="People to invite"
          hint="One per line: an address, “Name <address>”, or name,email,organisation."
          rows={8}
          value={text}
          error={checkErrors.fields.text}
          onChange={(event) => {
            setText(event.target.value);
            forgetCheck();
          }}
        />
        <FormField
          label="Or upload a CSV file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={readFile}
          error={fileProblem ?? undefined}
        />
        <button
          type="submit"
          className="button-secondary"
          disabled={check.isPending || text.trim() === ''}
        >
          {check.isPending ? 'Checking…' : 'Check the list'}
        </button>
      </form>

      {checked && (
        <InviteeCheckResult
          result={checked}
          sending={invite.isPending}
          error={inviteErrors.message}
          onConfirm={confirm}
        />
      )}
      {existing.people.length > 0 && (
        <ExistingMembersPanel
          key={existing.check}
          cohortId={id}
          cohortName={cohort.data?.name ?? 'this cohort'}
          people={existing.people}
          onAdded={(result) => {
            const joined = new Set(
              [...result.added, ...result.alreadyInCohort].map((person) => person.email),
            );
            setExisting((previous) => ({
              ...previous,
              people: previous.people.map((person) =>
                joined.has(person.email) ? { ...person, inCohort: true } : person,
              ),
            }));
          }}
        />
      )}

      <h2>Invitations to this cohort</h2>
      <CohortInvitationsTable cohortId={id} />
    </section>
  );
}

/**
 * The name of the cohort just created, when the organiser arrives from the new-cohort form; the
 * history entry is then cleared, so a reload does not announce it again.
 */
function useCreatedConfirmation() {
  const location = useLocation();
  const navigate = useNavigate();
  const [created] = useState<string | null>(
    () => (location.state as { createdCohort?: string } | null)?.createdCohort ?? null,
  );
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  return created;
}

import type { CohortInvitationsQueued, InviteeListCheck } from '@praxis/contracts/invitations';
import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField, TextAreaField } from '../../components/form-field.tsx';
import { T, useT } from '../../lib/i18n/use-t.tsx';
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
  const t = useT();
  useDocumentTitle(
    cohort.data
      ? t('cohorts.invite.documentTitle', { cohort: cohort.data.name })
      : t('cohorts.invite.documentTitleFallback'),
  );
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
      setFileProblem(t('cohorts.invite.fileTooLarge'));
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
        <Link to="/cohorts">{t('cohorts.list.title')}</Link> ›{' '}
        {cohort.data ? (
          <Link to={`/cohorts/${id}`}>{cohort.data.name}</Link>
        ) : (
          t('cohorts.cohort.documentTitle')
        )}
      </p>
      <h1>
        {cohort.data
          ? t('cohorts.invite.heading', { cohort: cohort.data.name })
          : t('cohorts.cohort.invite')}
      </h1>
      <p className="lead">{t('cohorts.invite.lead')}</p>
      {cohort.isError && <Alert tone="error">{formErrors(cohort.error).message}</Alert>}
      {created && (
        <Alert tone="success">
          <p>
            <T id="cohorts.invite.created" values={{ cohort: created }} />
          </p>
        </Alert>
      )}

      {queued && (
        <Alert tone="success">
          <p>{t('cohorts.invite.queued', { count: queued.queued })}</p>
          {queued.skipped.length > 0 && (
            <>
              <p>{t('cohorts.invite.notInvited')}</p>
              <ul>
                {queued.skipped.map((skip) => (
                  <li key={skip.email}>
                    {t('cohorts.invite.skipped', { email: skip.email, reason: skip.reason })}
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
          label={t('cohorts.invite.people')}
          hint={t('cohorts.invite.peopleHint')}
          rows={8}
          value={text}
          error={checkErrors.fields.text}
          onChange={(event) => {
            setText(event.target.value);
            forgetCheck();
          }}
        />
        <FormField
          label={t('cohorts.invite.upload')}
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
          {t(check.isPending ? 'cohorts.invite.checking' : 'cohorts.invite.check')}
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
          cohortName={cohort.data?.name ?? t('cohorts.invite.thisCohort')}
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

      <h2>{t('cohorts.invite.invitations')}</h2>
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

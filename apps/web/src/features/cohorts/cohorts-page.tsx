import type { AccountMember } from '@praxis/contracts/members';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useProgrammes } from '../../lib/api/list-programmes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { cohortDates } from './cohort-dates.ts';
import { NewCohortForm } from './components/new-cohort-form.tsx';
import { NewProgrammeForm } from './components/new-programme-form.tsx';

export function CohortsPage({ member }: { member: AccountMember }) {
  useDocumentTitle('Programmes and cohorts');
  const programmes = useProgrammes();
  const organiser = member.role === 'organiser' || member.role === 'admin';

  return (
    <section className="page">
      <h1>Programmes and cohorts</h1>
      <p className="lead">
        Every alumnus came through a programme and a cohort. Open a cohort to see who was in it.
      </p>
      {programmes.isError && <Alert tone="error">{formErrors(programmes.error).message}</Alert>}
      {programmes.isPending && <p className="loading">Loading programmes…</p>}
      {programmes.data?.programmes.length === 0 && (
        <p className="empty-state">
          No programmes yet.{organiser ? ' Create the first one below.' : ''}
        </p>
      )}
      {programmes.data?.programmes.map((programme) => (
        <section key={programme.id} className="panel programme">
          <h2>{programme.name}</h2>
          {programme.description && <p className="muted">{programme.description}</p>}
          {programme.cohorts.length === 0 ? (
            <p className="muted">No cohorts yet.</p>
          ) : (
            <ul className="cohort-list">
              {programme.cohorts.map((cohort) => (
                <li key={cohort.id}>
                  <Link to={`/cohorts/${cohort.id}`} className="cohort-link">
                    {cohort.name}
                  </Link>
                  <span className="muted small">
                    {' '}
                    · {cohort.memberCount} {cohort.memberCount === 1 ? 'member' : 'members'}
                    {cohortDates(cohort) ? ` · ${cohortDates(cohort)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {organiser && <NewCohortForm programmeId={programme.id} programmeName={programme.name} />}
        </section>
      ))}
      {organiser && <NewProgrammeForm />}
    </section>
  );
}

import type { AccountMember } from '@praxis/contracts/members';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useProgrammes } from '../../lib/api/list-programmes.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useCohortDates } from './cohort-dates.ts';
import { NewCohortForm } from './components/new-cohort-form.tsx';
import { NewProgrammeForm } from './components/new-programme-form.tsx';
import { ProgrammeTracks } from './components/programme-tracks.tsx';

export function CohortsPage({ member }: { member: AccountMember }) {
  const t = useT();
  const cohortDates = useCohortDates();
  useDocumentTitle(t('cohorts.list.title'));
  const programmes = useProgrammes();
  const organiser = member.role === 'organiser' || member.role === 'admin';

  return (
    <section className="page">
      <h1>{t('cohorts.list.title')}</h1>
      <p className="lead">{t('cohorts.list.lead')}</p>
      {programmes.isError && <Alert tone="error">{formErrors(programmes.error).message}</Alert>}
      {programmes.isPending && <p className="loading">{t('cohorts.list.loading')}</p>}
      {programmes.data?.programmes.length === 0 && (
        <p className="empty-state">
          {t(organiser ? 'cohorts.list.emptyCreate' : 'cohorts.list.empty')}
        </p>
      )}
      {programmes.data?.programmes.map((programme) => (
        <section key={programme.id} className="panel programme">
          <h2>{programme.name}</h2>
          {programme.description && <p className="muted">{programme.description}</p>}
          {programme.cohorts.length === 0 ? (
            <p className="muted">{t('cohorts.list.noCohorts')}</p>
          ) : (
            <ul className="cohort-list">
              {programme.cohorts.map((cohort) => (
                <li key={cohort.id}>
                  <Link to={`/cohorts/${cohort.id}`} className="cohort-link">
                    {cohort.name}
                  </Link>
                  <span className="muted small">
                    {' '}
                    · {t('cohorts.memberCount', { count: cohort.memberCount })}
                    {cohortDates(cohort) ? ` · ${cohortDates(cohort)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <ProgrammeTracks
            programmeId={programme.id}
            programmeName={programme.name}
            organiser={organiser}
          />
          {organiser && <NewCohortForm programmeId={programme.id} programmeName={programme.name} />}
        </section>
      ))}
      {organiser && <NewProgrammeForm />}
    </section>
  );
}

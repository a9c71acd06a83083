import type { AccountMember } from '@praxis/contracts/members';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { PersonLink } from '../../components/person-link.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useCohortMembers } from '../../lib/api/list-cohort-members.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useChangeCohortMembers } from './api/change-cohort-members.ts';
import { useCohort } from './api/get-cohort.ts';
import { useCohortDates } from './cohort-dates.ts';
import { AddMembersPanel } from './components/add-members-panel.tsx';
import { CohortTracks } from './components/cohort-tracks.tsx';

export function CohortPage({ member }: { member: AccountMember }) {
  const { id = '' } = useParams();
  const cohort = useCohort(id);
  const people = useCohortMembers(id);
  const t = useT();
  const cohortDates = useCohortDates();
  useDocumentTitle(cohort.data?.name ?? t('cohorts.cohort.documentTitle'));
  const organiser = member.role === 'organiser' || member.role === 'admin';
  const { remove } = useChangeCohortMembers(id);

  if (cohort.isError) {
    return (
      <section className="page">
        <h1>{t('cohorts.cohort.notFound')}</h1>
        <Alert tone="error">{formErrors(cohort.error).message}</Alert>
        <Link to="/cohorts">{t('cohorts.cohort.allProgrammes')}</Link>
      </section>
    );
  }
  if (!cohort.data) return <p className="loading">{t('cohorts.cohort.loading')}</p>;
  const dates = cohortDates(cohort.data);
  const members = people.data?.pages.flatMap((page) => page.members) ?? [];

  return (
    <section className="page">
      <p className="muted small">
        <Link to="/cohorts">{t('cohorts.list.title')}</Link> › {cohort.data.programmeName}
      </p>
      <h1>{cohort.data.name}</h1>
      <p className="lead">
        {t('cohorts.memberCount', { count: cohort.data.memberCount })}
        {dates ? ` · ${dates}` : ''}
      </p>
      {cohort.data.description && <p>{cohort.data.description}</p>}
      {organiser && (
        <p className="button-row">
          <Link to={`/cohorts/${id}/invite`} className="button-primary">
            {t('cohorts.cohort.invite')}
          </Link>
        </p>
      )}

      <CohortTracks cohortId={id} programmeId={cohort.data.programmeId} organiser={organiser} />

      <h2>{t('cohorts.cohort.organisers')}</h2>
      {cohort.data.organisers.length === 0 ? (
        <p className="muted">{t('cohorts.cohort.noOrganisers')}</p>
      ) : (
        <ul className="inline-list">
          {cohort.data.organisers.map((person) => (
            <li key={person.id}>
              <Link to={`/members/${person.handle}`}>{person.name}</Link>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('cohorts.cohort.members')}</h2>
      {organiser && <AddMembersPanel cohortId={id} cohortName={cohort.data.name} />}
      {remove.error && <Alert tone="error">{formErrors(remove.error).message}</Alert>}
      {people.isError && <Alert tone="error">{formErrors(people.error).message}</Alert>}
      {people.isSuccess && members.length === 0 && (
        <p className="empty-state">
          {t(organiser ? 'cohorts.cohort.emptyInvite' : 'cohorts.cohort.empty')}
        </p>
      )}
      <ul className="people-list">
        {members.map((person) => (
          <li key={person.id} className="person-row">
            <PersonLink person={person} />
            {organiser && (
              <button
                type="button"
                className="button-link small"
                disabled={remove.isPending}
                onClick={() => {
                  const question = t('cohorts.cohort.confirmRemove', {
                    name: person.name,
                    cohort: cohort.data.name,
                  });
                  if (window.confirm(question)) {
                    remove.mutate({ cohortId: id, memberId: person.id });
                  }
                }}
              >
                <T
                  id="cohorts.cohort.remove"
                  values={{
                    name: person.name,
                    hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                  }}
                />
              </button>
            )}
          </li>
        ))}
      </ul>
      <ShowMoreButton list={people} label={t('cohorts.cohort.showMore')} />
    </section>
  );
}

import type { AccountMember } from '@praxis/contracts/members';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { PersonLink } from '../../components/person-link.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useCohortMembers } from '../../lib/api/list-cohort-members.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useChangeCohortMembers } from './api/change-cohort-members.ts';
import { useCohort } from './api/get-cohort.ts';
import { cohortDates } from './cohort-dates.ts';
import { AddMembersPanel } from './components/add-members-panel.tsx';

export function CohortPage({ member }: { member: AccountMember }) {
  const { id = '' } = useParams();
  const cohort = useCohort(id);
  const people = useCohortMembers(id);
  useDocumentTitle(cohort.data?.name ?? 'Cohort');
  const organiser = member.role === 'organiser' || member.role === 'admin';
  const { remove } = useChangeCohortMembers(id);

  if (cohort.isError) {
    return (
      <section className="page">
        <h1>Cohort not found</h1>
        <Alert tone="error">{formErrors(cohort.error).message}</Alert>
        <Link to="/cohorts">All programmes and cohorts</Link>
      </section>
    );
  }
  if (!cohort.data) return <p className="loading">Loading the cohort…</p>;
  const dates = cohortDates(cohort.data);
  const members = people.data?.pages.flatMap((page) => page.members) ?? [];

  return (
    <section className="page">
      <p className="muted small">
        <Link to="/cohorts">Programmes and cohorts</Link> › {cohort.data.programmeName}
      </p>
      <h1>{cohort.data.name}</h1>
      <p className="lead">
        {cohort.data.memberCount} {cohort.data.memberCount === 1 ? 'member' : 'members'}
        {dates ? ` · ${dates}` : ''}
      </p>
      {cohort.data.description && <p>{cohort.data.description}</p>}
      {organiser && (
        <p className="button-row">
          <Link to={`/cohorts/${id}/invite`} className="button-primary">
            Invite people to this cohort
          </Link>
        </p>
      )}

      <h2>Organisers</h2>
      {cohort.data.organisers.length === 0 ? (
        <p className="muted">No organiser is in this cohort yet.</p>
      ) : (
        <ul className="inline-list">
          {cohort.data.organisers.map((person) => (
            <li key={person.id}>
              <Link to={`/members/${person.handle}`}>{person.name}</Link>
            </li>
          ))}
        </ul>
      )}

      <h2>Members</h2>
      {organiser && <AddMembersPanel cohortId={id} cohortName={cohort.data.name} />}
      {remove.error && <Alert tone="error">{formErrors(remove.error).message}</Alert>}
      {people.isError && <Alert tone="error">{formErrors(people.error).message}</Alert>}
      {people.isSuccess && members.length === 0 && (
        <p className="empty-state">
          No one is in this cohort yet.
          {organiser ? ' Invite its alumni with the button above.' : ''}
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
                  if (window.confirm(`Remove ${person.name} from ${cohort.data.name}?`)) {
                    remove.mutate({ cohortId: id, memberId: person.id });
                  }
                }}
              >
                Remove<span className="visually-hidden"> {person.name} from the cohort</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <ShowMoreButton list={people} label="Show more members" />
    </section>
  );
}

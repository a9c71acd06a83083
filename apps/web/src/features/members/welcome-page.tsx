import type { AccountMember } from '@praxis/contracts/members';
import type { CohortBadge } from '@praxis/contracts/profiles';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { PersonLink } from '../../components/person-link.tsx';
import { useOwnProfile } from '../../lib/api/get-own-profile.ts';
import { useCohortMembers } from '../../lib/api/list-cohort-members.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

/** How many of a cohort's people the welcome page shows before "see all". */
const SHOWN_PEOPLE = 9;

const firstSteps = [
  {
    to: '/profile',
    title: 'Complete your profile',
    text: 'Your headline, expertise and languages are how people who need what you know find you.',
  },
  {
    to: '/threads/new',
    title: 'Introduce yourself, or ask a question',
    text: 'Say what you work on, or ask the network what you are stuck on: someone has done it before.',
  },
  {
    to: '/meetups',
    title: 'Look at the next meetup',
    text: 'Every six months all alumni meet to exchange what they tried. Vote on its date, say if you come.',
  },
];

/** Where a new member lands after accepting their invitation: what Praxis is for, and who is here. */
export function WelcomePage({ member }: { member: AccountMember }) {
  useDocumentTitle('Welcome');
  const profile = useOwnProfile();
  return (
    <section className="page welcome">
      <h1>Welcome to Praxis, {member.name.split(' ')[0]}</h1>
      <p className="lead">
        Praxis is where alumni of public-sector innovation programmes keep learning from each other
        once the programme is over. Ask the network when you are stuck, and share what you tried
        back in your agency — what failed as much as what worked — so others can learn from it.
        Every six months everyone meets at the exchange meetup, and in between you can talk in the
        chat rooms of your cohort and your meetups.
      </p>

      <section aria-labelledby="first-steps-heading">
        <h2 id="first-steps-heading">Three things to do first</h2>
        <ol className="cards first-steps">
          {firstSteps.map((step) => (
            <li key={step.to} className="card">
              <h3>
                <Link to={step.to}>{step.title}</Link>
              </h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      {profile.isError && <Alert tone="error">{formErrors(profile.error).message}</Alert>}
      {profile.data && profile.data.cohorts.length === 0 && (
        <section aria-labelledby="no-cohort-heading">
          <h2 id="no-cohort-heading">Your cohort</h2>
          <p>
            You are not in a cohort yet: an organiser adds you to yours. Meanwhile,{' '}
            <Link to="/directory">look for people in the directory</Link>.
          </p>
        </section>
      )}
      {profile.data?.cohorts.map((cohort) => (
        <CohortPeople key={cohort.id} cohort={cohort} memberId={member.id} />
      ))}

      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </section>
  );
}

function CohortPeople({ cohort, memberId }: { cohort: CohortBadge; memberId: string }) {
  const people = useCohortMembers(cohort.id);
  const firstPage = people.data?.pages[0];
  const others = (firstPage?.members ?? []).filter((person) => person.id !== memberId);
  const total = firstPage?.total ?? 0;
  const headingId = `cohort-${cohort.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="welcome-cohort">
      <h2 id={headingId}>
        Your cohort: <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
      </h2>
      <p className="muted">
        {cohort.programmeName}
        {firstPage ? ` · ${total} ${total === 1 ? 'member' : 'members'}` : ''}
      </p>
      {people.isPending && (
        <p className="loading" role="status">
          Loading who is in it…
        </p>
      )}
      {people.isError && <Alert tone="error">{formErrors(people.error).message}</Alert>}
      {firstPage && others.length === 0 && (
        <p>You are the first one here; the others join as they accept their invitations.</p>
      )}
      {others.length > 0 && (
        <ul className="people-list welcome-people">
          {others.slice(0, SHOWN_PEOPLE).map((person) => (
            <li key={person.id}>
              <PersonLink person={person} />
            </li>
          ))}
        </ul>
      )}
      {others.length > SHOWN_PEOPLE && (
        <p>
          <Link to={`/cohorts/${cohort.id}`}>
            See all {total} members of {cohort.name}
          </Link>
        </p>
      )}
    </section>
  );
}

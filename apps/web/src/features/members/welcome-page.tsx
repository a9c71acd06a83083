import type { AccountMember } from '@praxis/contracts/members';
import type { CohortBadge } from '@praxis/contracts/profiles';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { PersonLink } from '../../components/person-link.tsx';
import { useOwnProfile } from '../../lib/api/get-own-profile.ts';
import { useCohortMembers } from '../../lib/api/list-cohort-members.ts';
import type { MessageId } from '../../lib/i18n/message-ids.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

/** How many of a cohort's people the welcome page shows before "see all". */
const SHOWN_PEOPLE = 9;

const firstSteps: { to: string; title: MessageId; text: MessageId }[] = [
  {
    to: '/profile',
    title: 'members.welcome.profileStep',
    text: 'members.welcome.profileStepText',
  },
  {
    to: '/threads/new',
    title: 'members.welcome.introduceStep',
    text: 'members.welcome.introduceStepText',
  },
  {
    to: '/meetups',
    title: 'members.welcome.meetupStep',
    text: 'members.welcome.meetupStepText',
  },
];

/** Where a new member lands after accepting their invitation: what Praxis is for, and who is here. */
export function WelcomePage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('members.welcome.documentTitle'));
  const profile = useOwnProfile();
  return (
    <section className="page welcome">
      <h1>{t('members.welcome.heading', { firstName: member.name.split(' ')[0] })}</h1>
      <p className="lead">{t('members.welcome.lead')}</p>

      <section aria-labelledby="first-steps-heading">
        <h2 id="first-steps-heading">{t('members.welcome.firstSteps')}</h2>
        <ol className="cards first-steps">
          {firstSteps.map((step) => (
            <li key={step.to} className="card">
              <h3>
                <Link to={step.to}>{t(step.title)}</Link>
              </h3>
              <p>{t(step.text)}</p>
            </li>
          ))}
        </ol>
      </section>

      {profile.isError && <Alert tone="error">{formErrors(profile.error).message}</Alert>}
      {profile.data && profile.data.cohorts.length === 0 && (
        <section aria-labelledby="no-cohort-heading">
          <h2 id="no-cohort-heading">{t('members.welcome.noCohortHeading')}</h2>
          <p>
            <T
              id="members.welcome.noCohort"
              values={{ link: (chunks) => <Link to="/directory">{chunks}</Link> }}
            />
          </p>
        </section>
      )}
      {profile.data?.cohorts.map((cohort) => (
        <CohortPeople key={cohort.id} cohort={cohort} memberId={member.id} />
      ))}

      <p>
        <Link to="/">{t('members.welcome.home')}</Link>
      </p>
    </section>
  );
}

function CohortPeople({ cohort, memberId }: { cohort: CohortBadge; memberId: string }) {
  const t = useT();
  const people = useCohortMembers(cohort.id);
  const firstPage = people.data?.pages[0];
  const others = (firstPage?.members ?? []).filter((person) => person.id !== memberId);
  const total = firstPage?.total ?? 0;
  const headingId = `cohort-${cohort.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="welcome-cohort">
      <h2 id={headingId}>
        <T
          id="members.welcome.cohortHeading"
          values={{
            cohort: cohort.name,
            link: (chunks) => <Link to={`/cohorts/${cohort.id}`}>{chunks}</Link>,
          }}
        />
      </h2>
      <p className="muted">
        {firstPage
          ? t('members.welcome.programmeAndCount', {
              programme: cohort.programmeName,
              count: total,
            })
          : cohort.programmeName}
      </p>
      {people.isPending && (
        <p className="loading" role="status">
          {t('members.welcome.loadingPeople')}
        </p>
      )}
      {people.isError && <Alert tone="error">{formErrors(people.error).message}</Alert>}
      {firstPage && others.length === 0 && <p>{t('members.welcome.firstOne')}</p>}
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
            {t('members.welcome.seeAll', { count: total, cohort: cohort.name })}
          </Link>
        </p>
      )}
    </section>
  );
}

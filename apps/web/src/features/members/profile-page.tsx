import type { MemberProfile } from '@praxis/contracts/profiles';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { Avatar } from '../../components/avatar.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { TagList } from '../../components/tag-list.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { languageName, placeOf } from '../../lib/display-names.ts';
import { useMe } from '../../lib/session.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useMember } from './api/get-member.ts';
import { AskForAdvice } from './components/ask-for-advice.tsx';
import { MemberAdmin } from './components/member-admin.tsx';
import { ProfileActivity } from './components/profile-activity.tsx';

export function ProfilePage() {
  const { handle = '' } = useParams();
  const member = useMember(handle);
  const viewer = useMe().data ?? null;
  const { state } = useLocation();
  const directorySearch = (state as { directorySearch?: string } | null)?.directorySearch;
  useDocumentTitle(member.data?.name ?? 'Member');

  if (member.isPending) {
    return (
      <p className="loading" role="status">
        Loading profile…
      </p>
    );
  }
  if (member.isError) {
    const missing = member.error instanceof ApiError && member.error.status === 404;
    return (
      <section className="page narrow">
        <h1>{missing ? 'Member not found' : 'This profile could not be shown'}</h1>
        <Alert tone="error">{formErrors(member.error).message}</Alert>
        <p>
          <Link to="/directory">Search the directory</Link>
        </p>
      </section>
    );
  }

  const profile = member.data;
  const own = viewer?.id === profile.id;
  const manages = !own && (viewer?.role === 'organiser' || viewer?.role === 'admin');
  return (
    <article className="page profile">
      <p className="back-link">
        {directorySearch === undefined ? (
          <Link to="/directory">Directory</Link>
        ) : (
          <Link to={`/directory${directorySearch}`}>Back to the results</Link>
        )}
      </p>
      {!profile.active && (
        <Alert tone="info">
          {profile.name} is deactivated: they cannot sign in and are not listed in the directory.
        </Alert>
      )}
      <header className="profile-header">
        <Avatar person={profile} size="large" />
        <div className="profile-intro">
          <div className="profile-title">
            <h1>{profile.name}</h1>
            {profile.role !== 'member' && <span className="role-badge">{profile.role}</span>}
          </div>
          {profile.headline && <p className="lead">{profile.headline}</p>}
          <WorkLine profile={profile} />
          {profile.cohorts.length > 0 && (
            <ul className="tag-list tag-list-cohort" aria-label="Cohorts">
              {profile.cohorts.map((cohort) => (
                <li key={cohort.id} className="tag">
                  <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
                </li>
              ))}
            </ul>
          )}
          <p className="profile-actions">
            {own && (
              <Link className="button-secondary" to="/profile">
                Edit your profile
              </Link>
            )}
            <Link to={`/threads?author=${profile.handle}`}>
              {own ? 'Your threads' : `Threads by ${profile.name}`}
            </Link>
          </p>
        </div>
      </header>

      <div className="profile-body">
        {/* First in reading order: on a phone, the way to ask comes before the life story. */}
        <aside className="profile-aside" aria-label="Get in touch">
          {!own && profile.active && <AskForAdvice profile={profile} />}
          <ContactDetails profile={profile} own={own} />
          {manages && viewer && <MemberAdmin viewer={viewer} profile={profile} />}
        </aside>
        <div className="profile-main">
          {profile.openToAdvise && profile.adviceTopics.length > 0 && (
            <section aria-labelledby="advises-heading">
              <h2 id="advises-heading">Advises on</h2>
              <TagList tags={profile.adviceTopics} label="Advises on" tone="advice" />
            </section>
          )}
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">About</h2>
            {profile.bioHtml ? (
              // Cooked and sanitised by the server when the member saved it.
              // biome-ignore lint/security/noDangerouslySetInnerHtml: see above.
              <div className="prose" dangerouslySetInnerHTML={{ __html: profile.bioHtml }} />
            ) : (
              <p className="muted">
                {own ? 'You have not written about yourself yet.' : 'No bio yet.'}
              </p>
            )}
          </section>
          {profile.expertise.length > 0 && (
            <section aria-labelledby="expertise-heading">
              <h2 id="expertise-heading">Expertise</h2>
              <TagList tags={profile.expertise} label="Expertise" />
            </section>
          )}
          <ProfileActivity handle={profile.handle} own={own} />
          {profile.languages.length > 0 && (
            <section aria-labelledby="languages-heading">
              <h2 id="languages-heading">Languages</h2>
              <p>{profile.languages.map(languageName).join(', ')}</p>
            </section>
          )}
          {profile.links.length > 0 && (
            <section aria-labelledby="links-heading">
              <h2 id="links-heading">Links</h2>
              <ul className="profile-links">
                {profile.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} rel="nofollow noopener ugc">
                      {link.label}
                    </a>{' '}
                    <span className="muted small">{hostOf(link.url)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </article>
  );
}

function WorkLine({ profile }: { profile: MemberProfile }) {
  const work = [profile.jobTitle, profile.organisation].filter(Boolean).join(', ');
  const place = placeOf(profile.city, profile.country);
  const line = [work, place].filter(Boolean).join(' · ');
  return line ? <p className="profile-work">{line}</p> : null;
}

function ContactDetails({ profile, own }: { profile: MemberProfile; own: boolean }) {
  return (
    <section className="panel" aria-labelledby="contact-heading">
      <h2 id="contact-heading">Contact</h2>
      {profile.email || profile.phone ? (
        <dl className="facts">
          {profile.email && (
            <>
              <dt>E-mail</dt>
              <dd>
                <a href={`mailto:${profile.email}`}>{profile.email}</a>
              </dd>
            </>
          )}
          {profile.phone && (
            <>
              <dt>Phone</dt>
              <dd>
                <a href={`tel:${profile.phone.replace(/[^\d+]/g, '')}`}>{profile.phone}</a>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p className="small muted">No contact details are shared with you.</p>
      )}
      {own && (
        <p className="small muted">
          You see every field; others see what your visibility settings allow.
        </p>
      )}
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

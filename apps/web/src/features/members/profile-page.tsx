import type { MemberProfile } from '@praxis/contracts/profiles';
import { type IntlShape, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { Avatar } from '../../components/avatar.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { MemberPilots } from '../../components/member-pilots.tsx';
import { TagList } from '../../components/tag-list.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { placeOf } from '../../lib/display-names.ts';
import { formatList } from '../../lib/i18n/format-list.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useMe } from '../../lib/session.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useMember } from './api/get-member.ts';
import { AdviserThanks } from './components/adviser-thanks.tsx';
import { AskForAdvice } from './components/ask-for-advice.tsx';
import { CareerList } from './components/career-list.tsx';
import { MemberAdmin } from './components/member-admin.tsx';
import { ProfileActivity } from './components/profile-activity.tsx';

export function ProfilePage() {
  const { handle = '' } = useParams();
  const member = useMember(handle);
  const viewer = useMe().data ?? null;
  const { state } = useLocation();
  const directorySearch = (state as { directorySearch?: string } | null)?.directorySearch;
  const t = useT();
  const intl = useIntl();
  useDocumentTitle(member.data?.name ?? t('members.profile.documentTitle'));

  if (member.isPending) {
    return (
      <p className="loading" role="status">
        {t('members.profile.loading')}
      </p>
    );
  }
  if (member.isError) {
    const missing = member.error instanceof ApiError && member.error.status === 404;
    return (
      <section className="page narrow">
        <h1>{t(missing ? 'members.profile.notFound' : 'members.profile.cannotShow')}</h1>
        <Alert tone="error">{formErrors(member.error).message}</Alert>
        <p>
          <Link to="/directory">{t('members.profile.searchDirectory')}</Link>
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
          <Link to="/directory">{t('members.profile.directory')}</Link>
        ) : (
          <Link to={`/directory${directorySearch}`}>{t('members.profile.backToResults')}</Link>
        )}
      </p>
      {!profile.active && (
        <Alert tone="info">{t('members.profile.deactivated', { name: profile.name })}</Alert>
      )}
      <header className="profile-header">
        <Avatar person={profile} size="large" />
        <div className="profile-intro">
          <div className="profile-title">
            <h1>{profile.name}</h1>
            {profile.role !== 'member' && (
              <span className="role-badge">
                {t('members.profile.roleBadge', { role: profile.role })}
              </span>
            )}
            {profile.governmentLevel === 'outside_government' && (
              <span className="role-badge alumni-badge">{t('careers.alumni')}</span>
            )}
          </div>
          {profile.headline && <p className="lead">{profile.headline}</p>}
          <WorkLine profile={profile} />
          {profile.cohorts.length > 0 && (
            <ul className="tag-list tag-list-cohort" aria-label={t('members.profile.cohorts')}>
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
                {t('members.profile.edit')}
              </Link>
            )}
            <Link to={`/threads?author=${profile.handle}`}>
              {own
                ? t('members.profile.ownThreads')
                : t('members.profile.threadsBy', { name: profile.name })}
            </Link>
          </p>
        </div>
      </header>

      <div className="profile-body">
        {/* First in reading order: on a phone, the way to ask comes before the life story. */}
        <aside className="profile-aside" aria-label={t('members.profile.getInTouch')}>
          {!own && profile.active && <AskForAdvice profile={profile} />}
          <ContactDetails profile={profile} own={own} />
          {manages && viewer && <MemberAdmin viewer={viewer} profile={profile} />}
        </aside>
        <div className="profile-main">
          <AdviserThanks memberId={profile.id} />
          {own && profile.openToAdvise && (
            <p>
              <Link to="/advice">{t('members.profile.adviceYouGive')}</Link>
            </p>
          )}
          {profile.openToAdvise && profile.adviceTopics.length > 0 && (
            <section aria-labelledby="advises-heading">
              <h2 id="advises-heading">{t('members.profile.advisesOn')}</h2>
              <TagList
                tags={profile.adviceTopics}
                label={t('members.profile.advisesOn')}
                tone="advice"
              />
            </section>
          )}
          {profile.positions.length > 0 && (
            <section aria-labelledby="career-heading">
              <h2 id="career-heading">{t('careers.history.heading')}</h2>
              <CareerList positions={profile.positions} />
            </section>
          )}
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t('members.profile.about')}</h2>
            {profile.bioHtml ? (
              <div
                className="prose"
                lang={profile.bioLanguage}
                // biome-ignore lint/security/noDangerouslySetInnerHtml: cooked and sanitised by the server when the member saved it.
                dangerouslySetInnerHTML={{ __html: profile.bioHtml }}
              />
            ) : (
              <p className="muted">
                {t(own ? 'members.profile.noBioOwn' : 'members.profile.noBio')}
              </p>
            )}
          </section>
          {profile.expertise.length > 0 && (
            <section aria-labelledby="expertise-heading">
              <h2 id="expertise-heading">{t('members.profile.expertise')}</h2>
              <TagList tags={profile.expertise} label={t('members.profile.expertise')} />
            </section>
          )}
          <ProfileActivity handle={profile.handle} own={own} />
          <MemberPilots handle={profile.handle} />
          {profile.languages.length > 0 && (
            <section aria-labelledby="languages-heading">
              <h2 id="languages-heading">{t('members.profile.languages')}</h2>
              <p>{languageList(intl, profile.languages)}</p>
            </section>
          )}
          {profile.links.length > 0 && (
            <section aria-labelledby="links-heading">
              <h2 id="links-heading">{t('members.profile.links')}</h2>
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
  const { locale } = useIntl();
  const work = [profile.jobTitle, profile.organisation].filter(Boolean).join(', ');
  const place = placeOf(profile.city, profile.country, locale);
  const line = [work, place].filter(Boolean).join(' · ');
  return line ? <p className="profile-work">{line}</p> : null;
}

function ContactDetails({ profile, own }: { profile: MemberProfile; own: boolean }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('members.contact.heading')}</h2>
      {profile.email || profile.phone ? (
        <dl className="facts">
          {profile.email && (
            <>
              <dt>{t('members.contact.email')}</dt>
              <dd>
                <a href={`mailto:${profile.email}`}>{profile.email}</a>
              </dd>
            </>
          )}
          {profile.phone && (
            <>
              <dt>{t('members.contact.phone')}</dt>
              <dd>
                <a href={`tel:${profile.phone.replace(/[^\d+]/g, '')}`}>{profile.phone}</a>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p className="small muted">{t('members.contact.none')}</p>
      )}
      {own && <p className="small muted">{t('members.contact.ownNote')}</p>}
    </section>
  );
}

/**
 * "Bosnian, German": the names as they read mid-sentence ("bosniaque, allemand"), with a capital
 * only where the line starts.
 */
function languageList(intl: IntlShape, codes: string[]): string {
  const names = codes.map((code) => intl.formatDisplayName(code, { type: 'language' }) ?? code);
  const line = formatList(intl, names, { type: 'unit', style: 'short' });
  return line.charAt(0).toLocaleUpperCase(intl.locale) + line.slice(1);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

import type { DirectoryCard } from '@praxis/contracts/directory';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { Avatar } from '../../../components/avatar.tsx';
import { TagList } from '../../../components/tag-list.tsx';
import { placeOf } from '../../../lib/display-names.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** One member in the directory; the whole card leads to their profile. */
export function MemberCard({ member }: { member: DirectoryCard }) {
  const t = useT();
  const { locale } = useIntl();
  // The profile offers a way back to these very results.
  const { search } = useLocation();
  const where = [member.organisation, placeOf(member.city, member.country, locale)]
    .filter(Boolean)
    .join(' · ');
  return (
    <article className="member-card">
      <div className="member-card-top">
        <Avatar person={member} size="small" decorative />
        <div>
          <h3 className="member-card-name">
            <Link
              className="member-card-link"
              to={`/members/${member.handle}`}
              state={{ directorySearch: search }}
            >
              {member.name}
            </Link>
          </h3>
          {member.headline && <p className="member-card-headline">{member.headline}</p>}
          {member.governmentLevel === 'outside_government' && (
            <span className="role-badge alumni-badge">{t('careers.alumni')}</span>
          )}
        </div>
      </div>
      {where && <p className="member-card-place">{where}</p>}
      {member.workedAt && (
        <p className="worked-at">
          {t('careers.workedAt.card', {
            organisation: member.workedAt.organisation,
            role: member.workedAt.role,
            from: member.workedAt.from.slice(0, 4),
            to: member.workedAt.to.slice(0, 4),
          })}
        </p>
      )}
      <TagList
        tags={member.cohorts.map((cohort) => cohort.name)}
        label={t('directory.card.cohorts')}
        tone="cohort"
      />
      {member.openToAdvise && member.adviceTopics.length > 0 && (
        <div className="member-card-advice">
          <p className="tag-heading">{t('directory.card.advisesOn')}</p>
          <TagList tags={member.adviceTopics} label={t('directory.card.advisesOn')} tone="advice" />
        </div>
      )}
    </article>
  );
}

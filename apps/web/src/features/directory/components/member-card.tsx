import type { MemberCard as Member } from '@praxis/contracts/profiles';
import { Link, useLocation } from 'react-router';
import { Avatar } from '../../../components/avatar.tsx';
import { TagList } from '../../../components/tag-list.tsx';
import { placeOf } from '../../../lib/display-names.ts';

/** One member in the directory; the whole card leads to their profile. */
export function MemberCard({ member }: { member: Member }) {
  // The profile offers a way back to these very results.
  const { search } = useLocation();
  const where = [member.organisation, placeOf(member.city, member.country)]
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
        </div>
      </div>
      {where && <p className="member-card-place">{where}</p>}
      <TagList tags={member.cohorts.map((cohort) => cohort.name)} label="Cohorts" tone="cohort" />
      {member.openToAdvise && member.adviceTopics.length > 0 && (
        <div className="member-card-advice">
          <p className="tag-heading">Advises on</p>
          <TagList tags={member.adviceTopics} label="Advises on" tone="advice" />
        </div>
      )}
    </article>
  );
}

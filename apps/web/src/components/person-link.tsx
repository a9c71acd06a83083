import type { AvatarUrls } from '@praxis/contracts/profiles';
import { Link } from 'react-router';
import { Avatar } from './avatar.tsx';

/** A member in a list of people: picture, name and headline, leading to their profile. */
export function PersonLink({
  person,
}: {
  person: { handle: string; name: string; headline: string | null; avatar?: AvatarUrls | null };
}) {
  return (
    <Link to={`/members/${person.handle}`} className="person">
      <Avatar person={person} size="small" decorative />
      <span>
        <strong>{person.name}</strong>
        {person.headline && <span className="muted small"> {person.headline}</span>}
      </span>
    </Link>
  );
}

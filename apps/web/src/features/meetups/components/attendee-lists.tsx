import type { Author } from '@praxis/contracts/common';
import type { MeetupDetail } from '@praxis/contracts/meetups';
import { Link } from 'react-router';
import { Avatar } from '../../../components/avatar.tsx';

/** Who is coming, who might, and who waits for a seat (in the order seats go to them). */
export function AttendeeLists({
  attendees,
  past,
}: {
  attendees: MeetupDetail['attendees'];
  /** After the meetup these are the answers people gave, not a promise of who came. */
  past: boolean;
}) {
  const groups = [
    { key: 'going', title: 'Going', people: attendees.going },
    { key: 'maybe', title: 'Maybe', people: attendees.maybe },
    { key: 'waitlist', title: 'Waitlist', people: attendees.waitlist },
  ].filter((group) => group.key === 'going' || group.people.length > 0);

  return (
    <section aria-labelledby="attendees-heading" className="attendees">
      <h2 id="attendees-heading">{past ? 'Who said they would come' : 'Who is coming'}</h2>
      <div className="attendee-groups">
        {groups.map((group) => (
          <section key={group.key} aria-labelledby={`attendees-${group.key}`}>
            <h3 id={`attendees-${group.key}`}>
              {group.title} <span className="muted">({group.people.length})</span>
            </h3>
            {group.people.length === 0 ? (
              <p className="muted small">{past ? 'No one.' : 'No one yet.'}</p>
            ) : (
              <PeopleList people={group.people} ordered={group.key === 'waitlist'} />
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

function PeopleList({ people, ordered }: { people: Author[]; ordered: boolean }) {
  const items = people.map((person) => (
    <li key={person.id}>
      <Link to={`/members/${person.handle}`} className="person">
        <Avatar person={person} size="small" decorative />
        <strong>{person.name}</strong>
      </Link>
    </li>
  ));
  return ordered ? (
    <ol className="people-list attendee-list">{items}</ol>
  ) : (
    <ul className="people-list attendee-list">{items}</ul>
  );
}

import type { Author } from '@praxis/contracts/common';
import type { MeetupDetail } from '@praxis/contracts/meetups';
import { Link } from 'react-router';
import { Avatar } from '../../../components/avatar.tsx';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** Who is coming, who might, and who waits for a seat (in the order seats go to them). */
export function AttendeeLists({
  attendees,
  past,
}: {
  attendees: MeetupDetail['attendees'];
  /** After the meetup these are the answers people gave, not a promise of who came. */
  past: boolean;
}) {
  const t = useT();
  const groups: { key: string; title: MessageId; people: Author[] }[] = [
    { key: 'going', title: 'meetups.attendees.going', people: attendees.going },
    { key: 'maybe', title: 'meetups.attendees.maybe', people: attendees.maybe },
    { key: 'waitlist', title: 'meetups.attendees.waitlist', people: attendees.waitlist },
  ];
  const shown = groups.filter((group) => group.key === 'going' || group.people.length > 0);

  return (
    <section aria-labelledby="attendees-heading" className="attendees">
      <h2 id="attendees-heading">
        {t(past ? 'meetups.attendees.headingPast' : 'meetups.attendees.heading')}
      </h2>
      <div className="attendee-groups">
        {shown.map((group) => (
          <section key={group.key} aria-labelledby={`attendees-${group.key}`}>
            <h3 id={`attendees-${group.key}`}>
              {t(group.title)} <span className="muted">({group.people.length})</span>
            </h3>
            {group.people.length === 0 ? (
              <p className="muted small">
                {t(past ? 'meetups.attendees.noOne' : 'meetups.attendees.noOneYet')}
              </p>
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

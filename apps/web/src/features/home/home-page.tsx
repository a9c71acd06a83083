import type { AccountMember } from '@praxis/contracts/members';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

const destinations = [
  {
    to: '/directory',
    title: 'Find someone who has done it before',
    text: 'Search alumni by expertise, programme and country.',
  },
  {
    to: '/threads',
    title: 'Ask the network',
    text: 'Questions, success stories and honest failures.',
  },
  { to: '/meetups', title: 'The six-monthly exchange', text: 'Pick a date, RSVP, bring a story.' },
  {
    to: '/chat',
    title: 'Talk now',
    text: 'Rooms for every cohort and meetup, and direct messages.',
  },
];

export function HomePage({ member }: { member: AccountMember }) {
  useDocumentTitle('Home');
  return (
    <section className="page">
      <h1>Welcome, {member.name.split(' ')[0]}</h1>
      <p className="lead">
        Praxis is where alumni of public-sector innovation programmes keep learning from each other.
      </p>
      <ul className="cards">
        {destinations.map((destination) => (
          <li key={destination.to} className="card">
            <h2>
              <Link to={destination.to}>{destination.title}</Link>
            </h2>
            <p>{destination.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

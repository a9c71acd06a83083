import type { MemberProfile } from '@praxis/contracts/profiles';
import { Link } from 'react-router';

/** The way to ask this member for advice: their e-mail when they share it, else what comes next. */
export function AskForAdvice({ profile }: { profile: MemberProfile }) {
  const firstName = profile.name.split(/\s+/)[0] || profile.name;
  const subject = encodeURIComponent(`A question for you, via Praxis`);
  return (
    <section className="panel" aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask for advice</h2>
      {!profile.openToAdvise && (
        <p className="small">
          {firstName} has not said they are open to advise right now, but you can still get in
          touch.
        </p>
      )}
      {profile.email ? (
        <>
          <a
            className="button-primary button-block"
            href={`mailto:${profile.email}?subject=${subject}`}
          >
            Ask {firstName} for advice
          </a>
          <p className="small muted">
            Opens your e-mail program with a message to {profile.email}. Say who you are, what you
            are working on and what you would like to know.
          </p>
        </>
      ) : (
        <p className="small">
          {firstName} keeps their e-mail address private. Direct messages are coming to Praxis soon;
          until then, ask the network in <Link to="/threads">Threads</Link> and mention what you saw
          on this profile.
        </p>
      )}
    </section>
  );
}

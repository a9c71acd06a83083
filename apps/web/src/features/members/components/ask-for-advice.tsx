import type { MemberProfile } from '@praxis/contracts/profiles';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useStartConversation } from '../api/start-conversation.ts';

/**
 * The way to ask this member for advice: a direct conversation in Praxis chat, and their
 * e-mail as well when they share it.
 */
export function AskForAdvice({ profile }: { profile: MemberProfile }) {
  const firstName = profile.name.split(/\s+/)[0] || profile.name;
  const subject = encodeURIComponent(`A question for you, via Praxis`);
  const start = useStartConversation();
  const navigate = useNavigate();

  function message() {
    start.mutate(
      { memberIds: [profile.id] },
      { onSuccess: (room) => navigate(`/chat/${room.id}`) },
    );
  }

  return (
    <section className="panel" aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask for advice</h2>
      {!profile.openToAdvise && (
        <p className="small">
          {firstName} has not said they are open to advise right now, but you can still get in
          touch.
        </p>
      )}
      <button
        type="button"
        className="button-primary button-block"
        disabled={start.isPending}
        onClick={message}
      >
        {start.isPending ? 'Opening the conversation…' : `Message ${firstName}`}
      </button>
      <p className="small muted">
        Opens a direct conversation with {firstName} in Chat. Say who you are, what you are working
        on and what you would like to know.
      </p>
      {start.isError && <Alert tone="error">{formErrors(start.error).message}</Alert>}
      {profile.email && (
        <p className="small">
          Or{' '}
          <a href={`mailto:${profile.email}?subject=${subject}`}>
            ask {firstName} for advice by e-mail
          </a>{' '}
          at {profile.email}.
        </p>
      )}
    </section>
  );
}

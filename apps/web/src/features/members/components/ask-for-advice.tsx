import type { MemberProfile } from '@praxis/contracts/profiles';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useStartConversation } from '../../../lib/api/start-conversation.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';

/**
 * The way to ask this member for advice: a direct conversation in Praxis chat, and their
 * e-mail as well when they share it.
 */
export function AskForAdvice({ profile }: { profile: MemberProfile }) {
  const t = useT();
  const firstName = profile.name.split(/\s+/)[0] || profile.name;
  const subject = encodeURIComponent(t('members.ask.mailSubject'));
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
      <h2 id="ask-heading">{t('members.ask.heading')}</h2>
      {!profile.openToAdvise && <p className="small">{t('members.ask.notOpen', { firstName })}</p>}
      <button
        type="button"
        className="button-primary button-block"
        disabled={start.isPending}
        onClick={message}
      >
        {start.isPending ? t('members.ask.opening') : t('members.ask.message', { firstName })}
      </button>
      <p className="small muted">{t('members.ask.messageHint', { firstName })}</p>
      {start.isError && <Alert tone="error">{formErrors(start.error).message}</Alert>}
      {profile.email && (
        <p className="small">
          <T
            id="members.ask.byEmail"
            values={{
              firstName,
              email: profile.email,
              link: (chunks) => <a href={`mailto:${profile.email}?subject=${subject}`}>{chunks}</a>,
            }}
          />
        </p>
      )}
    </section>
  );
}

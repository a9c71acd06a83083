import { Link, useLocation, useNavigate } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import './carried-question.css';

/** A question a member came from by "Message …": its conversation opens with a link to it. */
export interface CarriedQuestion {
  id: string;
  title: string;
}

/** What the page was opened with; anything else in the history's state is ignored. */
function carriedOf(state: unknown): CarriedQuestion | null {
  const question = (state as { question?: Partial<CarriedQuestion> } | null)?.question;
  return typeof question?.id === 'string' && typeof question.title === 'string'
    ? { id: question.id, title: question.title }
    : null;
}

/** Characters that would end the link's text or change how it shows. */
const escapeLinkText = (text: string) => text.replace(/[\\[\]*_`<>]/g, '\\$&');

/**
 * The question carried into this room, the Markdown that goes out at the head of the first
 * message, and a way to drop it. It lives in the history entry, so a reload keeps it and
 * sending (or removing) it clears it.
 */
export function useCarriedQuestion() {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const question = carriedOf(location.state);
  const clear = () => navigate(location.pathname, { replace: true, state: null });
  return {
    question,
    clear,
    composer: question
      ? {
          markdown: t('chat.carried.line', {
            link: `[${escapeLinkText(question.title)}](/threads/${question.id})`,
          }),
          onSent: clear,
        }
      : undefined,
  };
}

export function CarriedQuestionNote({
  question,
  onRemove,
}: {
  question: CarriedQuestion;
  onRemove: () => void;
}) {
  const t = useT();
  return (
    <aside className="chat-carried" aria-labelledby="chat-carried-heading">
      <p id="chat-carried-heading" className="chat-carried-text small">
        {t('chat.carried.about')} <Link to={`/threads/${question.id}`}>{question.title}</Link>
      </p>
      <p className="chat-carried-hint small muted">{t('chat.carried.hint')}</p>
      <button type="button" className="button-link small" onClick={onRemove}>
        {t('chat.carried.remove')}
      </button>
    </aside>
  );
}

import type { ThreadDetail } from '@praxis/contracts/threads';
import { useNavigate } from 'react-router';
import { formErrors } from '../../../components/form-errors.ts';
import { useStartConversation } from '../../../lib/api/start-conversation.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/**
 * Writes to whoever asked a question, in the direct conversation with them; the conversation
 * opens with the question carried in, to go out as a link with the first message.
 */
export function MessageAsker({ thread }: { thread: ThreadDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const start = useStartConversation();
  const firstName = thread.author.name.split(/\s+/)[0] || thread.author.name;

  function message() {
    start.mutate(
      { memberIds: [thread.author.id] },
      {
        onSuccess: (room) =>
          navigate(`/chat/${room.id}`, {
            state: { question: { id: thread.id, title: thread.title } },
          }),
      },
    );
  }

  return (
    <>
      <button type="button" className="action-button" disabled={start.isPending} onClick={message}>
        {start.isPending ? t('threads.ask.opening') : t('threads.ask.message', { firstName })}
      </button>
      {start.isError && (
        <span className="field-error small" role="alert">
          {formErrors(start.error).message}
        </span>
      )}
    </>
  );
}

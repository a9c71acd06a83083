import { type Message, REACTION_EMOJI, type ReactionEmoji } from '@praxis/contracts/chat';
import { useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { formErrors } from '../../../components/form-errors.ts';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useReactToMessage } from '../api/react-to-message.ts';
import { ReactionNames } from './reaction-names.tsx';
import './message-reactions.css';

/**
 * The reactions under a message, each a button that adds or takes back the viewer's own, named
 * with who reacted (and saying so to a pointer resting on it); a button that opens the six emoji
 * to react with one more; and one that shows who reacted, for a finger, which cannot hover.
 */
export function MessageReactions({ message, viewerId }: { message: Message; viewerId: string }) {
  const t = useT();
  const intl = useIntl();
  const react = useReactToMessage();
  const [picking, setPicking] = useState(false);
  const [naming, setNaming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const pickerId = useId();
  const namesId = useId();
  const some = message.reactions.length > 0;
  const mine = (emoji: ReactionEmoji) =>
    message.reactions.some(
      (reaction) =>
        reaction.emoji === emoji && reaction.members.some((member) => member.id === viewerId),
    );

  function toggle(emoji: ReactionEmoji) {
    react.mutate({
      roomId: message.roomId,
      messageId: message.id,
      emoji,
      reacted: !mine(emoji),
    });
  }

  function pick(emoji: ReactionEmoji) {
    toggle(emoji);
    setPicking(false);
    opener.current?.focus();
  }

  return (
    <div className={`chat-reactions${some ? ' chat-reactions-some' : ''}`}>
      {message.reactions.map(({ emoji, members }) => {
        const who = t('chat.reactions.who', {
          emoji,
          count: members.length,
          names: formatList(
            intl,
            members.map((member) => member.name),
          ),
        });
        return (
          <button
            key={emoji}
            type="button"
            className="chat-reaction"
            aria-pressed={mine(emoji)}
            aria-label={who}
            title={who}
            disabled={react.isPending}
            onClick={() => toggle(emoji)}
          >
            <span aria-hidden="true">{emoji}</span>{' '}
            <span className="count" aria-hidden="true">
              {members.length}
            </span>
          </button>
        );
      })}
      <button
        ref={opener}
        type="button"
        className="chat-reaction chat-reaction-add"
        aria-expanded={picking}
        aria-controls={pickerId}
        onClick={() => setPicking((open) => !open)}
      >
        <span aria-hidden="true">☺+</span>
        <span className="visually-hidden">{t('chat.reactions.add')}</span>
      </button>
      {some && (
        <button
          type="button"
          className="button-link chat-reaction-names-toggle"
          aria-expanded={naming}
          aria-controls={namesId}
          onClick={() => setNaming((open) => !open)}
        >
          {t('chat.reactions.names')}
        </button>
      )}
      {picking && (
        <fieldset
          id={pickerId}
          className="chat-reaction-picker"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            setPicking(false);
            opener.current?.focus();
          }}
        >
          <legend className="visually-hidden">{t('chat.reactions.pick')}</legend>
          {REACTION_EMOJI.map((emoji) => (
            <button
              key={emoji}
              type="button"
              className="chat-reaction"
              aria-pressed={mine(emoji)}
              aria-label={t('chat.reactions.react', { emoji })}
              onClick={() => pick(emoji)}
            >
              {emoji}
            </button>
          ))}
        </fieldset>
      )}
      {some && naming && (
        <ReactionNames id={namesId} reactions={message.reactions} viewerId={viewerId} />
      )}
      {react.isError && (
        <p className="field-error small" role="alert">
          {formErrors(react.error).message}
        </p>
      )}
    </div>
  );
}

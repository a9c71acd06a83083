import type { Reaction } from '@praxis/contracts/chat';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/**
 * How many names a line shows before "and 3 others": a chat line stays one line on a phone.
 * One more name than this is shown whole, rather than "and 1 other".
 */
const NAMES_SHOWN = 3;

/**
 * Who reacted with each emoji, for sighted members on any device: the viewer first, as "You",
 * then the others; a long list ends in "and N others", which opens the whole list.
 */
export function ReactionNames({
  id,
  reactions,
  viewerId,
}: {
  id: string;
  reactions: Reaction[];
  viewerId: string;
}) {
  return (
    <ul id={id} className="chat-reaction-names">
      {reactions.map((reaction) => (
        <ReactionNamesLine key={reaction.emoji} reaction={reaction} viewerId={viewerId} />
      ))}
    </ul>
  );
}

function ReactionNamesLine({ reaction, viewerId }: { reaction: Reaction; viewerId: string }) {
  const t = useT();
  const intl = useIntl();
  const [whole, setWhole] = useState(false);
  const item = useRef<HTMLLIElement>(null);

  // The button that opened the whole list is gone with it: the focus stays on the line it was in.
  useEffect(() => {
    if (whole) item.current?.focus();
  }, [whole]);
  const others = reaction.members.filter((member) => member.id !== viewerId);
  const names = [
    ...(others.length < reaction.members.length ? [t('chat.reactions.you')] : []),
    ...others.map((member) => member.name),
  ];
  const cut = !whole && names.length > NAMES_SHOWN + 1;

  let line: ReactNode = formatList(intl, names);
  if (cut) {
    const rest = t('chat.reactions.others', { count: names.length - NAMES_SHOWN });
    const text = formatList(intl, [...names.slice(0, NAMES_SHOWN), rest]);
    const more = (
      <button type="button" className="button-link" onClick={() => setWhole(true)}>
        {rest}
      </button>
    );
    // Every Praxis language puts the last item of a list last; should one not, the button follows.
    line = text.endsWith(rest) ? (
      <>
        {text.slice(0, -rest.length)}
        {more}
      </>
    ) : (
      <>
        {text} {more}
      </>
    );
  }

  return (
    <li ref={item} tabIndex={-1}>
      <span className="chat-reaction-names-emoji">{reaction.emoji}</span> {line}
    </li>
  );
}

import type { MentionSuggestion } from '@praxis/contracts/writing';
import { Avatar } from '../avatar.tsx';

/**
 * The members one may mention, under (or, at the foot of a chat, above) the field. Focus stays
 * in the field: it points at the active option (aria-activedescendant), and a press on an option
 * must not take the focus away before its click picks it.
 */
export function MentionList({
  id,
  label,
  members,
  active,
  onPick,
  above,
}: {
  id: string;
  label: string;
  members: readonly MentionSuggestion[];
  active: number;
  onPick(member: MentionSuggestion): void;
  above: boolean;
}) {
  return (
    <div
      id={id}
      role="listbox"
      aria-label={label}
      className={above ? 'mention-list mention-list-above' : 'mention-list'}
    >
      {members.map((member, index) => (
        // The field keeps the focus and the keys (aria-activedescendant); an option takes clicks.
        // biome-ignore lint/a11y/useFocusableInteractive: see above.
        // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
        <div
          key={member.handle}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          className="mention-option"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(member)}
        >
          <Avatar person={member} size="small" decorative />
          <span className="mention-name">{member.name}</span>
          <span className="mention-handle">@{member.handle}</span>
        </div>
      ))}
    </div>
  );
}

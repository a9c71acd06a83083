import type { AvatarUrls } from '@praxis/contracts/profiles';

/** Anyone with a name and perhaps a picture; the signed-in account carries no picture URLs. */
interface Pictured {
  name: string;
  avatar?: AvatarUrls | null;
}

const TONES = 8;

/**
 * A member's picture, or their initials on a colour derived from the name, so a person keeps
 * the same colour everywhere. `decorative` when the name is written right beside it, so
 * screen readers do not read it twice.
 */
export function Avatar({
  person,
  size,
  decorative = false,
}: {
  person: Pictured;
  size: 'small' | 'large';
  decorative?: boolean;
}) {
  const avatar = person.avatar ?? null;
  const className = `avatar avatar-${size}`;
  if (avatar) {
    const pixels = size === 'small' ? 64 : 256;
    return (
      <img
        className={className}
        src={size === 'small' ? avatar.small : avatar.large}
        alt={decorative ? '' : person.name}
        width={pixels}
        height={pixels}
        loading="lazy"
      />
    );
  }
  return (
    <span
      className={`${className} avatar-tone-${toneOf(person.name)}`}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': person.name })}
    >
      {initials(person.name)}
    </span>
  );
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

function toneOf(name: string): number {
  let hash = 0;
  for (const character of name) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  return hash % TONES;
}

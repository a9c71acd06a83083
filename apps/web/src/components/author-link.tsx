import { ANONYMOUS_AUTHOR_ID, type Author } from '@praxis/contracts/common';
import { Link } from 'react-router';
import type { TFunction } from '../lib/i18n/use-t.tsx';
import { useT } from '../lib/i18n/use-t.tsx';
import { Avatar } from './avatar.tsx';

type ShownAuthor = Pick<Author, 'id' | 'handle' | 'name' | 'former' | 'anonymous'>;

/**
 * An anonymous post comes with the nil id for everyone but its author, who gets their own id
 * back: so a real id beside `anonymous` means the viewer wrote it.
 */
export function isOwnAnonymous(author: Pick<Author, 'id' | 'anonymous'>): boolean {
  return !!author.anonymous && author.id !== ANONYMOUS_AUTHOR_ID;
}

/**
 * Who wrote a post, as plain text: their name, "Former member", "A member of <cohort>" for an
 * anonymous post, or, to its author, "You (posted anonymously as a member of …)".
 */
export function authorLabel(t: TFunction, author: ShownAuthor): string {
  if (author.former) return t('dataRights.formerMember');
  const { anonymous } = author;
  if (anonymous) {
    const cohort = anonymous.cohort?.name;
    if (isOwnAnonymous(author)) {
      return cohort
        ? t('anonymity.author.youInCohort', { cohort })
        : t('anonymity.author.youInNetwork');
    }
    return cohort
      ? t('anonymity.author.memberOfCohort', { cohort })
      : t('anonymity.author.memberOfNetwork');
  }
  return author.name;
}

/**
 * Who wrote a post, leading to their profile; a deleted account's kept post has neither name nor
 * profile, and says "Former member"; an anonymous one names only where its author belongs and
 * never leads to a profile, not even for its author.
 */
export function AuthorLink({ author, className }: { author: ShownAuthor; className?: string }) {
  const t = useT();
  if (author.former || author.anonymous) {
    return (
      <span className={`${className ?? ''} ${author.anonymous ? 'anonymous-author' : 'muted'}`}>
        {authorLabel(t, author)}
      </span>
    );
  }
  return (
    <Link className={className} to={`/members/${author.handle}`}>
      {author.name}
    </Link>
  );
}

/** The author's picture beside a post; an anonymous post shows the same neutral figure for all. */
export function AuthorAvatar({
  author,
}: {
  author: Pick<Author, 'name' | 'avatar' | 'anonymous'>;
}) {
  if (author.anonymous) {
    return (
      <span className="avatar avatar-small avatar-anonymous" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="24" height="24" focusable="false" aria-hidden="true">
          <circle cx="12" cy="8" r="4" fill="currentColor" />
          <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z" fill="currentColor" />
        </svg>
      </span>
    );
  }
  return <Avatar person={author} size="small" decorative />;
}

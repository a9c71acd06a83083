import type { Author } from '@praxis/contracts/common';
import { Link } from 'react-router';
import { useT } from '../lib/i18n/use-t.tsx';

/**
 * Who wrote a post, leading to their profile; a deleted account's kept post has neither name nor
 * profile, and says "Former member".
 */
export function AuthorLink({
  author,
  className,
}: {
  author: Pick<Author, 'handle' | 'name' | 'former'>;
  className?: string;
}) {
  const t = useT();
  if (author.former) {
    return (
      <span className={`${className ?? ''} muted`.trim()}>{t('dataRights.formerMember')}</span>
    );
  }
  return (
    <Link className={className} to={`/members/${author.handle}`}>
      {author.name}
    </Link>
  );
}

import type { SearchHit as Hit } from '@praxis/contracts/search';
import { Link } from 'react-router';
import { AuthorLink } from '../../../components/author-link.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { SnippetText } from '../../../components/snippet.tsx';
import { ThreadKindBadge } from '../../../components/thread-kind-badge.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** One result: the thread, and the words around the match with the matched words marked. */
export function SearchHit({ hit }: { hit: Hit }) {
  const t = useT();
  const { thread } = hit;
  const to = `/threads/${thread.id}${hit.replyId ? `#reply-${hit.replyId}` : ''}`;
  return (
    <article className="search-hit">
      <p className="thread-markers">
        <ThreadKindBadge kind={thread.kind} />
        {thread.solved && <span className="marker marker-solved">{t('search.hit.solved')}</span>}
      </p>
      <h3 className="thread-row-title">
        <Link className="thread-title-link" to={to} lang={thread.language}>
          {thread.title}
        </Link>
      </h3>
      {hit.snippet.length > 0 && (
        <p className="snippet">
          {hit.replyId && <span className="muted">{t('search.hit.inReply')} </span>}
          <SnippetText parts={hit.snippet} lang={hit.snippetLanguage} />
        </p>
      )}
      <p className="thread-row-meta">
        <AuthorLink author={thread.author} />
        {thread.cohort && <span className="cohort-badge">{thread.cohort.name}</span>}
        <span className="muted small">
          {t('search.hit.replies', { count: thread.replyCount })} ·{' '}
          <RelativeTime iso={thread.lastActivityAt} phrase="search.hit.lastActivity" />
        </span>
      </p>
    </article>
  );
}

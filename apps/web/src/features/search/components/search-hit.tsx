import type { SearchHit as Hit } from '@praxis/contracts/search';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time.tsx';
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
          <span lang={hit.snippetLanguage}>
            {hit.snippet.map((part, index) =>
              // Parts are plain text from the server: rendered as text, never as HTML.
              part.highlighted ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their place.
                <mark key={index}>{part.text}</mark>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                <span key={index}>{part.text}</span>
              ),
            )}
          </span>
        </p>
      )}
      <p className="thread-row-meta">
        <Link to={`/members/${thread.author.handle}`}>{thread.author.name}</Link>
        {thread.cohort && <span className="cohort-badge">{thread.cohort.name}</span>}
        <span className="muted small">
          {t('search.hit.replies', { count: thread.replyCount })} ·{' '}
          <RelativeTime iso={thread.lastActivityAt} phrase="search.hit.lastActivity" />
        </span>
      </p>
    </article>
  );
}

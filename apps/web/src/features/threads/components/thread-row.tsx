import type { ThreadSummary } from '@praxis/contracts/threads';
import { Link } from 'react-router';
import { AuthorLink } from '../../../components/author-link.tsx';
import { OffRecordMarker } from '../../../components/off-record.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { ThreadKindBadge } from '../../../components/thread-kind-badge.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** One thread in a list: what it is, who started it, where, and how alive it is. */
export function ThreadRow({
  thread,
  hrefForTag,
  activity = false,
}: {
  thread: ThreadSummary;
  hrefForTag(tag: string): string;
  /** Something happened in it since the list was loaded. */
  activity?: boolean;
}) {
  const t = useT();
  return (
    <article className={`thread-row${thread.unread || activity ? ' thread-unread' : ''}`}>
      <div className="thread-row-main">
        <p className="thread-markers">
          <ThreadKindBadge kind={thread.kind} />
          {thread.solved && (
            <span className="marker marker-solved">{t('threads.marker.solved')}</span>
          )}
          {thread.pinned && <span className="marker">{t('threads.marker.pinned')}</span>}
          {thread.locked && <span className="marker">{t('threads.marker.locked')}</span>}
          {thread.hidden && (
            <span className="marker marker-hidden">{t('threads.marker.hidden')}</span>
          )}
          {thread.offRecord && <OffRecordMarker />}
          {activity && (
            <span className="marker marker-activity">{t('threads.marker.newActivity')}</span>
          )}
        </p>
        <h3 className="thread-row-title">
          <Link className="thread-title-link" to={`/threads/${thread.id}`}>
            <span lang={thread.language}>{thread.title}</span>
            {thread.unread && <span className="visually-hidden"> {t('threads.row.unread')}</span>}
          </Link>
        </h3>
        <p className="thread-row-meta">
          <AuthorLink author={thread.author} />
          {thread.cohort && <span className="cohort-badge">{thread.cohort.name}</span>}
          {thread.tags.length > 0 && (
            <span className="thread-tags">
              {thread.tags.map((tag) => (
                <Link key={tag} className="tag" to={hrefForTag(tag)}>
                  {tag}
                </Link>
              ))}
            </span>
          )}
        </p>
      </div>
      <ul className="thread-stats" aria-label={t('threads.row.activityLabel')}>
        <li>{t('threads.count.replies', { count: thread.replyCount })}</li>
        {thread.helpfulCount > 0 && (
          <li>{t('threads.row.helpful', { count: thread.helpfulCount })}</li>
        )}
        <li className="muted">
          <RelativeTime iso={thread.lastActivityAt} />
        </li>
      </ul>
    </article>
  );
}

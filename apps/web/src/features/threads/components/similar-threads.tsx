import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { SIMILAR_MIN_LENGTH, useSimilarThreads } from '../api/find-similar-threads.ts';

/**
 * Threads like the one being written, found while the title is typed, so a member finds an
 * existing answer before asking again. They open in a new tab: the draft stays where it is.
 */
export function SimilarThreads({ title }: { title: string }) {
  const t = useT();
  const settled = useDebouncedValue(title.trim(), 300);
  const similar = useSimilarThreads(settled);
  const threads = settled.length >= SIMILAR_MIN_LENGTH ? (similar.data?.threads ?? []) : [];
  return (
    <div aria-live="polite">
      {threads.length > 0 && (
        <section className="panel similar-threads" aria-labelledby="similar-heading">
          <h2 id="similar-heading">{t('threads.similar.heading')}</h2>
          <p className="small muted">{t('threads.similar.lead')}</p>
          <ul>
            {threads.map((thread) => (
              <li key={thread.id}>
                <Link to={`/threads/${thread.id}`} target="_blank" rel="noopener">
                  {thread.title}
                  <span className="visually-hidden"> {t('threads.similar.newTab')}</span>
                </Link>{' '}
                <span className="muted small">
                  {t(`common.threadKind.${thread.kind}`)} ·{' '}
                  {t('threads.count.replies', { count: thread.replyCount })}
                  {thread.solved && ' · '}
                </span>
                {thread.solved && (
                  <span className="marker marker-solved">{t('threads.marker.solved')}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

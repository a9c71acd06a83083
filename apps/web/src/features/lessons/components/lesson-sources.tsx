import type { LessonSource } from '@praxis/contracts/lessons';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { AuthorLink } from '../../../components/author-link.tsx';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** Where a source is read: its thread (at the reply), or its meetup. */
export function sourceHref(source: LessonSource): string {
  if (source.threadId) {
    return source.replyId
      ? `/threads/${source.threadId}#reply-${source.replyId}`
      : `/threads/${source.threadId}`;
  }
  return `/meetups/${source.meetupId ?? ''}`;
}

/**
 * The sources the viewer may see, as links, each with its author and a few lines of it. For the
 * lesson's editors (`reviewState`), what each author was asked and answered.
 */
export function LessonSources({
  sources,
  reviewState,
  headingLevel = 2,
}: {
  sources: LessonSource[];
  reviewState: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="panel lesson-sources-panel">
      <Heading id={headingId}>{t('lessons.sources.heading')}</Heading>
      {sources.length === 0 ? (
        <p className="muted">{t('lessons.sources.none')}</p>
      ) : (
        <ul className="lesson-sources">
          {sources.map((source) => (
            <li key={source.id}>
              <p>
                <span className="small muted">{t(`lessons.sourceKind.${source.kind}`)}</span>{' '}
                <Link to={sourceHref(source)}>{source.title}</Link>
                {source.author && (
                  <>
                    {' · '}
                    <AuthorLink author={source.author} />
                  </>
                )}
              </p>
              {source.excerpt && <p className="small lesson-row-excerpt">{source.excerpt}</p>}
              {reviewState && <ReviewState source={source} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewState({ source }: { source: LessonSource }) {
  const t = useT();
  const intl = useIntl();
  return (
    <p className="small">
      <span className={`consent-${source.consent}`}>{t(`lessons.consent.${source.consent}`)}</span>
      {source.audience.length > 0 && (
        <>
          {' · '}
          {source.widened
            ? t('lessons.sources.widened')
            : t('lessons.sources.cohortOnly', {
                cohorts: formatList(
                  intl,
                  source.audience.map((cohort) => cohort.name),
                ),
              })}
        </>
      )}
    </p>
  );
}

import type { LessonSummary } from '@praxis/contracts/lessons';
import { localeNames } from '@praxis/i18n/locales';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { LessonMarkers } from './lesson-markers.tsx';

/** One lesson in a list: a box to pick it for export, its title, problem, and where it is from. */
export function LessonRow({
  lesson,
  hrefForTag,
  selected,
  onSelect,
}: {
  lesson: LessonSummary;
  hrefForTag(tag: string): string;
  selected?: boolean;
  onSelect?(selected: boolean): void;
}) {
  const t = useT();
  const titleId = `lesson-${lesson.id}-title`;
  return (
    <article className="lesson-row" aria-labelledby={titleId}>
      {onSelect && (
        <div className="lesson-row-select">
          <input
            type="checkbox"
            checked={selected}
            aria-label={t('lessons.list.select', { title: lesson.title })}
            onChange={(event) => onSelect(event.target.checked)}
          />
        </div>
      )}
      <div className="lesson-row-main">
        <LessonMarkers lesson={lesson} />
        <h3 className="lesson-row-title" id={titleId} lang={lesson.language}>
          <Link to={`/library/${lesson.id}`}>{lesson.title}</Link>
        </h3>
        {lesson.excerpt && (
          <p className="lesson-row-excerpt" lang={lesson.language}>
            {lesson.excerpt}
          </p>
        )}
        <p className="lesson-meta">
          {lesson.programme && <span>{lesson.cohort?.name ?? lesson.programme.name}</span>}
          <span lang={lesson.language}>{localeNames[lesson.language]}</span>
          <span>{t('lessons.list.helpful', { count: lesson.helpfulCount })}</span>
          {lesson.publishedAt && (
            <RelativeTime iso={lesson.publishedAt} phrase="lessons.list.publishedWhen" />
          )}
        </p>
        {lesson.tags.length > 0 && (
          <ul className="tag-list" aria-label={t('lessons.card.tags')}>
            {lesson.tags.map((tag) => (
              <li key={tag}>
                <Link className="tag" to={hrefForTag(tag)}>
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}

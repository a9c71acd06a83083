import type { LessonDetail } from '@praxis/contracts/lessons';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { exportHref } from '../api/export-lessons.ts';
import { useMarkLessonHelpful } from '../api/mark-helpful.ts';

/** What any reader can do with a lesson: mark it helpful, take it away, translate it. */
export function LessonActions({ lesson }: { lesson: LessonDetail }) {
  const t = useT();
  const mark = useMarkLessonHelpful();
  return (
    <div className="post-actions no-print">
      {lesson.can.markHelpful ? (
        <button
          type="button"
          className="action-button"
          aria-pressed={lesson.helpful.byMe}
          disabled={mark.isPending}
          onClick={() => mark.mutate({ id: lesson.id, helpful: !lesson.helpful.byMe })}
        >
          {t('lessons.actions.helpful', { count: lesson.helpful.count })}
        </button>
      ) : (
        lesson.helpful.count > 0 && (
          <span className="small muted">
            {t('lessons.actions.helpfulCount', { count: lesson.helpful.count })}
          </span>
        )
      )}
      <a className="action-button" href={exportHref([lesson.id])} download>
        {t('lessons.actions.export')}
      </a>
      <Link className="action-button" to={`/library/print?ids=${lesson.id}`}>
        {t('lessons.actions.print')}
      </Link>
      {lesson.can.translate && (
        <Link className="action-button" to={`/library/${lesson.id}/translate`}>
          {t('lessons.actions.translate')}
        </Link>
      )}
      {mark.isError && (
        <span className="field-error small" role="alert">
          {mark.error.message}
        </span>
      )}
    </div>
  );
}

import type { LessonSummary } from '@praxis/contracts/lessons';
import { useIntl } from 'react-intl';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { STAGE_NAMES } from '../lesson-stages.ts';

/** Where a lesson stands, in words (never colour alone): its review state, stage, audience. */
export function LessonMarkers({
  lesson,
  showPublished = false,
}: {
  lesson: Pick<LessonSummary, 'status' | 'stage' | 'audience' | 'translationOfId'>;
  /** A lesson in the library is published; its own page says so. */
  showPublished?: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <p className="thread-markers">
      {(lesson.status !== 'published' || showPublished) && (
        <span className={`marker marker-${lesson.status}`}>
          {t(`lessons.status.${lesson.status}`)}
        </span>
      )}
      {lesson.stage && (
        <span className="marker marker-stage">
          {t('lessons.card.stageMarker', { stage: t(STAGE_NAMES[lesson.stage]) })}
        </span>
      )}
      {lesson.translationOfId && (
        <span className="marker marker-translation">{t('lessons.card.translation')}</span>
      )}
      {lesson.audience.length > 0 && (
        <span className="cohort-badge">
          {t('lessons.card.onlyCohorts', {
            cohorts: formatList(
              intl,
              lesson.audience.map((cohort) => cohort.name),
            ),
          })}
        </span>
      )}
    </p>
  );
}

import type { LessonDetail } from '@praxis/contracts/lessons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useDeleteLesson } from '../api/delete-lesson.ts';
import { type LessonStep, useMoveLesson } from '../api/move-lesson.ts';

const STEPS: { step: LessonStep; allowed: keyof LessonDetail['can']; primary: boolean }[] = [
  { step: 'submit', allowed: 'submit', primary: true },
  { step: 'publish', allowed: 'publish', primary: true },
  { step: 'return-to-draft', allowed: 'returnToDraft', primary: false },
];

/**
 * For a lesson's authors and the organisers: where its review stands and the next step (edit,
 * submit for review, publish, back to draft), each refused step explained by the server.
 */
export function LessonWorkflow({ lesson }: { lesson: LessonDetail }) {
  const t = useT();
  const intl = useIntl();
  const navigate = useNavigate();
  const move = useMoveLesson();
  const remove = useDeleteLesson();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { can } = lesson;
  if (!can.edit && !can.submit && !can.publish && !can.returnToDraft && !can.delete) return null;
  const waiting = lesson.sources.filter((source) => source.consent === 'pending').length;
  const error = move.error ?? remove.error;

  return (
    <section className="panel lesson-workflow no-print" aria-labelledby="lesson-workflow-heading">
      <h2 id="lesson-workflow-heading">{t('lessons.workflow.heading')}</h2>
      <p>
        {t(`lessons.workflow.state.${lesson.status}`)}
        {lesson.status === 'in_review' && ` ${t('lessons.workflow.waiting', { count: waiting })}`}
      </p>
      {lesson.audienceLimit && (
        <p className="small">
          {lesson.audienceLimit.length === 0
            ? t('lessons.workflow.noAudience')
            : t('lessons.workflow.audienceLimit', {
                cohorts: formatList(
                  intl,
                  lesson.audienceLimit.map((cohort) => cohort.name),
                ),
              })}
        </p>
      )}
      {error && <Alert tone="error">{formErrors(error).message}</Alert>}
      {move.isSuccess && (
        <Alert tone="success">{t(`lessons.workflow.moved.${lesson.status}`)}</Alert>
      )}
      <div className="button-row">
        {can.edit && (
          <Link className="button-secondary" to={`/library/${lesson.id}/edit`}>
            {t('lessons.workflow.edit')}
          </Link>
        )}
        {STEPS.filter(({ allowed }) => can[allowed]).map(({ step, primary }) => (
          <button
            key={step}
            type="button"
            className={primary ? 'button-primary' : 'button-secondary'}
            disabled={move.isPending}
            onClick={() => move.mutate({ id: lesson.id, step })}
          >
            {t(`lessons.workflow.step.${step}`)}
          </button>
        ))}
        {can.delete && !confirmDelete && (
          <button type="button" className="button-link" onClick={() => setConfirmDelete(true)}>
            {t('lessons.workflow.delete')}
          </button>
        )}
      </div>
      {confirmDelete && (
        <div className="button-row">
          <p>{t('lessons.workflow.deleteConfirm')}</p>
          <button
            type="button"
            className="button-danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(lesson.id, { onSuccess: () => navigate('/library', { replace: true }) })
            }
          >
            {t('lessons.workflow.deleteYes')}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => setConfirmDelete(false)}
          >
            {t('lessons.workflow.deleteNo')}
          </button>
        </div>
      )}
    </section>
  );
}

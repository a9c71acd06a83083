import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useLesson } from './api/get-lesson.ts';
import { LessonForm } from './components/lesson-form.tsx';
import './lessons.css';

/** The editor of a lesson, or of a translation of it, opened on the lesson as it stands. */
export function LessonEditPage({ mode }: { mode: 'edit' | 'translate' }) {
  const { id = '' } = useParams();
  const t = useT();
  const lesson = useLesson(id);
  const heading = t(mode === 'edit' ? 'lessons.edit.title' : 'lessons.edit.translateTitle');
  useDocumentTitle(heading);
  const refused =
    lesson.data && (mode === 'edit' ? !lesson.data.can.edit : !lesson.data.can.translate);

  return (
    <section className="page narrow">
      <p className="back-link">
        <Link to={`/library/${id}`}>{lesson.data?.title ?? t('lessons.lesson.title')}</Link>
      </p>
      <h1>{heading}</h1>
      {lesson.isPending && (
        <p className="loading" role="status">
          {t('lessons.lesson.loading')}
        </p>
      )}
      {lesson.isError && <Alert tone="error">{formErrors(lesson.error).message}</Alert>}
      {refused && (
        <Alert tone="info">
          {t(mode === 'edit' ? 'lessons.edit.notAllowed' : 'lessons.edit.cannotTranslate')}
        </Alert>
      )}
      {lesson.data && !refused && (
        <LessonForm key={lesson.data.id} lesson={lesson.data} mode={mode} />
      )}
    </section>
  );
}

import type { AccountMember } from '@praxis/contracts/members';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowcasePublishPanel } from '../../components/showcase-publish-panel.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useLesson } from './api/get-lesson.ts';
import { LessonActions } from './components/lesson-actions.tsx';
import { LessonCard } from './components/lesson-card.tsx';
import { LessonSources } from './components/lesson-sources.tsx';
import { LessonWorkflow } from './components/lesson-workflow.tsx';
import { ReviewPanel } from './components/review-panel.tsx';
import './lessons.css';

/** One lesson: the answer asked of a source's author first, then the card, sources and steps. */
export function LessonPage({ member }: { member: AccountMember }) {
  const { id = '' } = useParams();
  const t = useT();
  const lesson = useLesson(id);
  useDocumentTitle(lesson.data?.title ?? t('lessons.lesson.title'));

  if (lesson.isPending) {
    return (
      <p className="loading" role="status">
        {t('lessons.lesson.loading')}
      </p>
    );
  }
  if (lesson.isError) {
    const missing = lesson.error instanceof ApiError && lesson.error.status === 404;
    return (
      <section className="page narrow">
        <h1>{t(missing ? 'lessons.lesson.notFound' : 'lessons.lesson.cannotShow')}</h1>
        <Alert tone="error">{formErrors(lesson.error).message}</Alert>
        <p>
          <Link to="/library">{t('lessons.lesson.backToLibrary')}</Link>
        </p>
      </section>
    );
  }

  const detail = lesson.data;
  const editor = detail.can.edit || member.role !== 'member';
  return (
    <article className="page lesson-page">
      <p className="back-link no-print">
        <Link to="/library">{t('lessons.library.title')}</Link>
      </p>
      <ReviewPanel lesson={detail} />
      <LessonCard lesson={detail} />
      <LessonActions lesson={detail} />
      <LessonSources sources={detail.sources} reviewState={editor} />
      <LessonWorkflow lesson={detail} />
      {member.role !== 'member' && detail.status === 'published' && (
        <ShowcasePublishPanel source={{ lessonId: detail.id }} />
      )}
    </article>
  );
}

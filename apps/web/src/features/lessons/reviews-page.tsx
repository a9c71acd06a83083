import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useReviews } from './api/list-reviews.ts';
import { sourceHref } from './components/lesson-sources.tsx';
import './lessons.css';

/**
 * Lessons drawn from the member's posts whose authors asked them: those waiting for an answer,
 * or every one, each leading to the lesson where the answer is given.
 */
export function LessonReviewsPage() {
  const t = useT();
  useDocumentTitle(t('lessons.reviews.title'));
  const [params, setParams] = useSearchParams();
  const all = params.get('all') === '1';
  const reviews = useReviews(!all);
  const rows = reviews.data?.pages.flatMap((page) => page.reviews) ?? [];

  return (
    <section className="page narrow">
      <p className="back-link">
        <Link to="/library">{t('lessons.library.title')}</Link>
      </p>
      <h1>{t('lessons.reviews.title')}</h1>
      <p className="lead">{t('lessons.reviews.lead')}</p>
      <nav aria-label={t('lessons.reviews.viewsLabel')}>
        <ul className="view-tabs">
          <li>
            <Link to="/library/reviews" aria-current={all ? undefined : 'page'}>
              {t('lessons.reviews.waiting')}
            </Link>
          </li>
          <li>
            <Link to="/library/reviews?all=1" aria-current={all ? 'page' : undefined}>
              {t('lessons.reviews.all')}
            </Link>
          </li>
        </ul>
      </nav>
      {reviews.isPending && (
        <p className="loading" role="status">
          {t('lessons.reviews.loading')}
        </p>
      )}
      {reviews.isError && <Alert tone="error">{formErrors(reviews.error).message}</Alert>}
      {reviews.isSuccess && rows.length === 0 && (
        <div className="empty-state">
          <p>{t(all ? 'lessons.reviews.noneEver' : 'lessons.reviews.noneWaiting')}</p>
          {!all && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setParams({ all: '1' })}
            >
              {t('lessons.reviews.seeAll')}
            </button>
          )}
        </div>
      )}
      {rows.length > 0 && (
        <ul className="lesson-list">
          {rows.map((review) => (
            <li key={review.source.id} className="lesson-row">
              <div className="lesson-row-main">
                <p className="thread-markers">
                  <span className={`marker marker-${review.lesson.status}`}>
                    {t(`lessons.status.${review.lesson.status}`)}
                  </span>
                  <span className={`consent-${review.source.consent}`}>
                    {t(`lessons.consent.${review.source.consent}`)}
                  </span>
                </p>
                <h2 className="lesson-row-title">
                  <Link to={`/library/${review.lesson.id}`}>{review.lesson.title}</Link>
                </h2>
                <p className="lesson-meta">
                  <span>
                    {t('lessons.reviews.from')}{' '}
                    <Link to={sourceHref(review.source)}>{review.source.title}</Link>
                  </span>
                  {review.askedAt && (
                    <RelativeTime iso={review.askedAt} phrase="lessons.reviews.askedWhen" />
                  )}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="show-more">
        <ShowMoreButton list={reviews} />
      </div>
    </section>
  );
}

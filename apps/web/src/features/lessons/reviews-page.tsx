import { useT } from '../../lib/i18n/use-t.tsx';

export function LessonReviewsPage() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('lessons.reviews.title')}</h1>
    </section>
  );
}

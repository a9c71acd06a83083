import { useT } from '../../lib/i18n/use-t.tsx';

export function LessonsPrintPage() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('lessons.print.title')}</h1>
    </section>
  );
}

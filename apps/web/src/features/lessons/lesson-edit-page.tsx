import { useT } from '../../lib/i18n/use-t.tsx';

export function LessonEditPage({ mode }: { mode: 'edit' | 'translate' }) {
  const t = useT();
  void mode;
  return (
    <section className="page">
      <h1>{t('lessons.edit.title')}</h1>
    </section>
  );
}

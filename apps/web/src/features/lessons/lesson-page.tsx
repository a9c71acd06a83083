import type { AccountMember } from '@praxis/contracts/members';
import { useT } from '../../lib/i18n/use-t.tsx';

export function LessonPage({ member }: { member: AccountMember }) {
  const t = useT();
  void member;
  return (
    <section className="page">
      <h1>{t('lessons.lesson.title')}</h1>
    </section>
  );
}

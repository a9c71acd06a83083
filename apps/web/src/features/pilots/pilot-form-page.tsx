import type { AccountMember } from '@praxis/contracts/members';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

export function NewPilotPage(_: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('pilots.form.newTitle'));
  return (
    <section className="page narrow">
      <h1>{t('pilots.form.newTitle')}</h1>
    </section>
  );
}

export function EditPilotPage(_: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('pilots.form.editTitle'));
  return (
    <section className="page narrow">
      <h1>{t('pilots.form.editTitle')}</h1>
    </section>
  );
}

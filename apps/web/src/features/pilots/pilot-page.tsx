import type { AccountMember } from '@praxis/contracts/members';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

export function PilotPage(_: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('pilots.pilot.documentTitle'));
  return (
    <section className="page">
      <h1>{t('pilots.pilot.documentTitle')}</h1>
    </section>
  );
}

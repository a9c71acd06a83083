import type { AccountMember } from '@praxis/contracts/members';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

export function PilotsBoardPage(_: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('pilots.board.title'));
  return (
    <section className="page">
      <h1>{t('pilots.board.title')}</h1>
    </section>
  );
}

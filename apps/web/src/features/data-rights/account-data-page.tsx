import { Link } from 'react-router';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { DeletionSection } from './components/deletion-section.tsx';
import { ExportSection } from './components/export-section.tsx';
import './data-rights.css';

/** Your data: download a copy of it, or delete your account. */
export function AccountDataPage() {
  const t = useT();
  useDocumentTitle(t('dataRights.page.title'));
  return (
    <section className="page narrow data-rights">
      <p>
        <Link to="/account">{t('dataRights.page.back')}</Link>
      </p>
      <h1>{t('dataRights.page.title')}</h1>
      <ExportSection />
      <DeletionSection />
    </section>
  );
}

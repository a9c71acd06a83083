import { Link } from 'react-router';
import { useT } from '../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** An address no page answers to: say so, and offer the two ways on. */
export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('common.notFound.title'));
  return (
    <section className="page">
      <h1>{t('common.notFound.title')}</h1>
      <p className="lead">{t('common.notFound.lead')}</p>
      <p>{t('common.notFound.moved')}</p>
      <ul>
        <li>
          <Link to="/">{t('common.page.goHome')}</Link>
        </li>
        <li>
          <Link to="/search">{t('common.notFound.search')}</Link>
        </li>
      </ul>
    </section>
  );
}

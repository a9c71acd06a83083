import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/**
 * A page the member's role does not open, named in the API's own words ("Only admins can read
 * the outbox."), with what the page is for, so that nobody wonders whether it exists.
 */
export function NotAllowedPage({ title, children }: { title: string; children?: ReactNode }) {
  const t = useT();
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1>{title}</h1>
      {children && <p className="lead">{children}</p>}
      <p>
        <Link to="/">{t('common.page.goHome')}</Link>
      </p>
    </section>
  );
}

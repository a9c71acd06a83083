import { Link } from 'react-router';
import { useT } from '../lib/i18n/use-t.tsx';

/** The foot of every page, signed in or not: where the accessibility statement is found. */
export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <Link className="site-footer-link" to="/accessibility">
        {t('accessibility.footer.statement')}
      </Link>
    </footer>
  );
}

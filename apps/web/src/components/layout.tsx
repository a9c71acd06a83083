import type { AccountMember } from '@praxis/contracts/members';
import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useT } from '../lib/i18n/use-t.tsx';
import { AccountMenu } from './account-menu.tsx';
import { BrandMark, NetworkName } from './brand-mark.tsx';
import { MainNavigation } from './main-navigation.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteMenu } from './site-menu.tsx';
import { UpdateBanner } from './update-banner.tsx';

/**
 * The signed-in shell: a skip link, the header, then the page. The header holds one row: where
 * the sections fit, they and the account menu are in it; where they do not (phones), a menu
 * button opens them in a panel. `tools` (search, notifications) and `unread` (counts beside a
 * section, by its path) come from features, which this shared shell cannot import.
 */
export function Layout({
  member,
  tools,
  unread = {},
  onSignOut,
}: {
  member: AccountMember;
  tools?: ReactNode;
  unread?: Partial<Record<string, number>>;
  onSignOut(): void;
}) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.nav.skipToContent')}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          <BrandMark />
          <NetworkName />
        </NavLink>
        <MainNavigation member={member} unread={unread} className="site-nav" />
        <div className="header-tools">
          {tools}
          <AccountMenu member={member} onSignOut={onSignOut} />
          <SiteMenu member={member} unread={unread} onSignOut={onSignOut} />
        </div>
      </header>
      <UpdateBanner />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

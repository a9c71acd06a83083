import type { AccountMember } from '@praxis/contracts/members';
import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import type { MessageId } from '../lib/i18n/message-ids.ts';
import { useT } from '../lib/i18n/use-t.tsx';
import { AccountMenu } from './account-menu.tsx';
import { BrandMark } from './brand-mark.tsx';
import { SiteFooter } from './site-footer.tsx';
import { UpdateBanner } from './update-banner.tsx';

const sections: { to: string; label: MessageId }[] = [
  { to: '/directory', label: 'common.nav.directory' },
  { to: '/threads', label: 'common.nav.threads' },
  { to: '/meetups', label: 'common.nav.meetups' },
  { to: '/chat', label: 'common.nav.chat' },
];

/**
 * The signed-in shell: a skip link, the main navigation, the account menu, then the page.
 * `tools` (search, notifications) and `unread` (counts beside a section, by its path) come
 * from features, which this shared shell cannot import.
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
          Praxis
        </NavLink>
        <nav aria-label={t('common.nav.main')}>
          <ul className="nav-list">
            {sections.map((section) => {
              const count = unread[section.to] ?? 0;
              return (
                <li key={section.to}>
                  {/* The name comes from what shows ("Chat 17") plus a hidden "unread", so that
                      it starts with the visible label, as voice control expects. */}
                  <NavLink to={section.to}>
                    {t(section.label)}
                    {count > 0 && (
                      <span className="nav-count">
                        {count > 99 ? '99+' : count}
                        <span className="visually-hidden">
                          {' '}
                          {t('common.nav.unread', { count })}
                        </span>
                      </span>
                    )}
                  </NavLink>
                </li>
              );
            })}
            {member.role !== 'member' && (
              <li>
                <NavLink to="/cohorts">{t('common.nav.cohorts')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="header-tools">
          {tools}
          <AccountMenu member={member} onSignOut={onSignOut} />
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

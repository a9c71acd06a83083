import type { AccountMember } from '@praxis/contracts/members';
import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { AccountMenu } from './account-menu.tsx';
import { UpdateBanner } from './update-banner.tsx';

const sections = [
  { to: '/directory', label: 'Directory' },
  { to: '/threads', label: 'Threads' },
  { to: '/meetups', label: 'Meetups' },
  { to: '/chat', label: 'Chat' },
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
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          Praxis
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav-list">
            {sections.map((section) => {
              const count = unread[section.to] ?? 0;
              return (
                <li key={section.to}>
                  {/* The name comes from what shows ("Chat 17") plus a hidden "unread", so that
                      it starts with the visible label, as voice control expects. */}
                  <NavLink to={section.to}>
                    {section.label}
                    {count > 0 && (
                      <span className="nav-count">
                        {count > 99 ? '99+' : count}
                        <span className="visually-hidden"> unread</span>
                      </span>
                    )}
                  </NavLink>
                </li>
              );
            })}
            {member.role !== 'member' && (
              <li>
                <NavLink to="/cohorts">Cohorts</NavLink>
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
    </>
  );
}

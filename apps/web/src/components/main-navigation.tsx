import type { AccountMember } from '@praxis/contracts/members';
import { NavLink } from 'react-router';
import type { MessageId } from '../lib/i18n/message-ids.ts';
import { useT } from '../lib/i18n/use-t.tsx';

const sections: { to: string; label: MessageId }[] = [
  { to: '/directory', label: 'common.nav.directory' },
  { to: '/threads', label: 'common.nav.threads' },
  { to: '/meetups', label: 'common.nav.meetups' },
  { to: '/library', label: 'common.nav.library' },
  { to: '/pilots', label: 'common.nav.pilots' },
  { to: '/chat', label: 'common.nav.chat' },
];

/** What a count badge shows: the number, up to 99. */
export const countShown = (count: number) => (count > 99 ? '99+' : String(count));

/**
 * The sections of the app, each with its unread count (by path), and Cohorts for organisers:
 * a row in the desktop header, a list in the phone menu. `onNavigate` runs before a link is
 * followed.
 */
export function MainNavigation({
  member,
  unread,
  className,
  onNavigate,
}: {
  member: AccountMember;
  unread: Partial<Record<string, number>>;
  className?: string;
  onNavigate?(): void;
}) {
  const t = useT();
  return (
    <nav aria-label={t('common.nav.main')} className={className}>
      <ul className="nav-list">
        {sections.map((section) => {
          const count = unread[section.to] ?? 0;
          return (
            <li key={section.to}>
              {/* The name comes from what shows ("Chat 17") plus a hidden "unread", so that it
                  starts with the visible label, as voice control expects. */}
              <NavLink to={section.to} onClick={onNavigate}>
                {t(section.label)}
                {count > 0 && (
                  <span className="nav-count">
                    {countShown(count)}
                    <span className="visually-hidden"> {t('common.nav.unread', { count })}</span>
                  </span>
                )}
              </NavLink>
            </li>
          );
        })}
        {member.role !== 'member' && (
          <li>
            <NavLink to="/cohorts" onClick={onNavigate}>
              {t('common.nav.cohorts')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

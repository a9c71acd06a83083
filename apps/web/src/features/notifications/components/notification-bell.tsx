import { NavLink } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useUnreadCount } from '../api/get-unread-count.ts';

/** The header's way to the notifications, with how many are unread. */
export function NotificationBell() {
  const t = useT();
  const count = useUnreadCount().data?.unreadCount ?? 0;
  // Counted up to UNREAD_COUNT_LIMIT (100), which the catalogs say as "more than 99".
  const shown = count > 99 ? '99+' : String(count);
  return (
    <NavLink to="/notifications" className="bell" title={t('notifications.bell.title')}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          fill="currentColor"
        />
      </svg>
      <span className="visually-hidden">{t('notifications.bell.name', { count })}</span>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true">
          {shown}
        </span>
      )}
    </NavLink>
  );
}

import type { Notification } from '@praxis/contracts/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useUnreadCount } from './api/get-unread-count.ts';
import { notificationListKey, useNotifications } from './api/list-notifications.ts';
import { useMarkAllRead } from './api/mark-all-read.ts';
import { useMarkNotificationRead } from './api/mark-notification-read.ts';
import { NotificationSentence } from './components/notification-sentence.tsx';

function linkOf(notification: Notification): string | null {
  if (notification.kind === 'email_bounced') return '/settings/email';
  if (notification.detail.showcaseItemId) return `/published/${notification.detail.showcaseItemId}`;
  if (notification.roomId) return `/chat/${notification.roomId}`;
  if (notification.meetup) return `/meetups/${notification.meetup.id}`;
  if (notification.lesson) return `/library/${notification.lesson.id}`;
  if (notification.pilot) return `/pilots/${notification.pilot.id}`;
  if (!notification.thread) return null;
  const reply = notification.replyId ? `#reply-${notification.replyId}` : '';
  return `/threads/${notification.thread.id}${reply}`;
}

export function NotificationsPage() {
  const t = useT();
  useDocumentTitle(t('notifications.page.title'));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const notifications = useNotifications(unreadOnly);
  const unread = useUnreadCount().data?.unreadCount;
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllRead();
  const queryClient = useQueryClient();
  const list = notifications.data?.pages.flatMap((page) => page.notifications) ?? [];
  const unreadCount = unread ?? notifications.data?.pages[0]?.unreadCount ?? 0;

  // When the bell's count goes up, what arrived belongs on this page too.
  const lastCount = useRef(unread);
  useEffect(() => {
    if (unread !== undefined && lastCount.current !== undefined && unread > lastCount.current) {
      queryClient.invalidateQueries({ queryKey: notificationListKey });
    }
    lastCount.current = unread;
  }, [unread, queryClient]);

  return (
    <section className="page narrow">
      <h1>{t('notifications.page.title')}</h1>
      <p className="lead">{t('notifications.page.lead')}</p>
      <div className="notification-bar">
        <p className="result-count" role="status">
          {t('notifications.page.unreadCount', { count: unreadCount })}
        </p>
        <div className="checkbox-field">
          <input
            id="unread-only"
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => setUnreadOnly(event.target.checked)}
          />
          <label htmlFor="unread-only">{t('notifications.page.unreadOnly')}</label>
        </div>
        <button
          type="button"
          className="button-secondary"
          disabled={unreadCount === 0 || markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.page.markAllRead')}
        </button>
      </div>
      {markAll.isError && <Alert tone="error">{formErrors(markAll.error).message}</Alert>}
      {notifications.isPending && (
        <p className="loading" role="status">
          {t('notifications.page.loading')}
        </p>
      )}
      {notifications.isError && (
        <Alert tone="error">{formErrors(notifications.error).message}</Alert>
      )}
      {notifications.isSuccess && list.length === 0 && (
        <p className="empty-state">
          {t(unreadOnly ? 'notifications.page.emptyUnread' : 'notifications.page.empty')}
        </p>
      )}
      {list.length > 0 && (
        <ul className="notification-list">
          {list.map((notification) => {
            const to = linkOf(notification);
            const read = () => {
              if (!notification.read) markRead.mutate(notification.id);
            };
            return (
              <li
                key={notification.id}
                className={`notification${notification.read ? '' : ' notification-unread'}`}
              >
                {!notification.read && (
                  <span className="visually-hidden">{t('notifications.item.unread')} </span>
                )}
                {to ? (
                  <Link to={to} onClick={read} className="notification-link">
                    <NotificationSentence notification={notification} />
                  </Link>
                ) : (
                  <span>
                    <NotificationSentence notification={notification} />
                  </span>
                )}
                <span className="small muted">
                  <RelativeTime iso={notification.createdAt} />
                </span>
                {!notification.read && !to && (
                  <button type="button" className="button-link" onClick={read}>
                    {t('notifications.item.markRead')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ShowMoreButton list={notifications} label={t('notifications.page.showOlder')} />
    </section>
  );
}

import type { AccountMember } from '@praxis/contracts/members';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { realtime } from '../../../lib/realtime.ts';
import type { PendingMessage } from '../../../lib/realtime-store.ts';
import { MessageAuthor } from './message-item.tsx';

/** A message of one's own the server has not stored yet: shown at once, marked until it is. */
export function PendingItem({
  echo,
  viewer,
  compact,
}: {
  echo: PendingMessage;
  viewer: AccountMember;
  compact: boolean;
}) {
  const t = useT();
  const failed = echo.status === 'failed';
  return (
    <li
      data-entry={echo.clientId}
      className={`chat-message chat-message-pending${compact ? ' chat-message-compact' : ''}${failed ? ' chat-message-failed' : ''}`}
    >
      <MessageAuthor author={viewer} createdAt={echo.createdAt} compact={compact} />
      <div className="chat-message-main">
        {!compact && (
          <p className="chat-message-meta">
            <span className="post-author">{viewer.name}</span>
          </p>
        )}
        {echo.body.trim() !== '' && <p className="chat-pending-body">{echo.body}</p>}
        {(echo.attachmentIds?.length ?? 0) > 0 && (
          <p className="chat-pending-body small muted">
            {t('chat.pending.files', { count: echo.attachmentIds?.length ?? 0 })}
          </p>
        )}
        {echo.status === 'sending' && (
          <p className="chat-status small muted">{t('chat.pending.sending')}</p>
        )}
        {failed && (
          <p className="chat-status chat-status-failed small">
            {t('chat.pending.notSent')}{' '}
            <button
              type="button"
              className="button-link"
              onClick={() => realtime.retry(echo.clientId)}
            >
              {t('chat.pending.retry')}
            </button>{' '}
            <button
              type="button"
              className="button-link"
              onClick={() => realtime.discard(echo.clientId)}
            >
              {t('chat.pending.discard')}
            </button>
          </p>
        )}
      </div>
    </li>
  );
}

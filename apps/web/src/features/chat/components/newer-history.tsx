import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import './newer-history.css';

/**
 * Below a room opened at an old message: newer history to load, and the way to the latest,
 * which says how many messages were said meanwhile once there are any.
 */
export function NewerHistory({
  roomId,
  waiting,
  loading,
  onLoad,
}: {
  roomId: string;
  waiting: number;
  loading: boolean;
  onLoad(): void;
}) {
  const t = useT();
  return (
    <div className="chat-newer">
      <button type="button" className="button-secondary" disabled={loading} onClick={onLoad}>
        {loading ? t('chat.messages.loadingNewer') : t('chat.messages.loadNewer')}
      </button>
      {/* Announced as it changes, so a screen reader hears that new messages came. */}
      <span aria-live="polite">
        {waiting > 0 ? (
          <Link className="button-primary chat-newer-live" to={`/chat/${roomId}`}>
            {t('chat.messages.newLive', { count: waiting })}
          </Link>
        ) : (
          <Link to={`/chat/${roomId}`}>{t('chat.messages.toLatest')}</Link>
        )}
      </span>
    </div>
  );
}

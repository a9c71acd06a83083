import type { Message } from '@praxis/contracts/chat';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { AttachmentList } from '../../../components/attachments/attachment-list.tsx';
import { AuthorLink } from '../../../components/author-link.tsx';
import { Avatar } from '../../../components/avatar.tsx';
import { CookedHtml } from '../../../components/cooked-html.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { OwnPostActions } from '../../../components/own-post-actions.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useOnlineMembers } from '../../../lib/realtime.ts';
import { useDeleteMessage } from '../api/delete-message.ts';
import { clockTime, exactTime } from '../message-text.ts';
import { MessageEditForm } from './message-edit-form.tsx';
import { MessageReactions } from './message-reactions.tsx';

/**
 * One message. `compact` continues the author's previous message: the name and picture are
 * not repeated on screen, only for screen readers, who cannot glance back.
 */
export function MessageItem({
  message,
  own,
  compact,
  viewerId,
}: {
  message: Message;
  own: boolean;
  compact: boolean;
  viewerId: string;
}) {
  const intl = useIntl();
  const t = useT();
  const [editing, setEditing] = useState(false);
  const online = useOnlineMembers();
  const remove = useDeleteMessage();
  const deleted = message.deletedAt !== null;

  function confirmDelete() {
    if (!window.confirm(t('chat.message.confirmDelete'))) return;
    remove.mutate({ roomId: message.roomId, messageId: message.id });
  }

  return (
    <li data-entry={message.id} className={`chat-message${compact ? ' chat-message-compact' : ''}`}>
      <MessageAuthor author={message.author} createdAt={message.createdAt} compact={compact} />
      <div className="chat-message-main">
        {!compact && (
          <p className="chat-message-meta">
            <AuthorLink className="post-author" author={message.author} />{' '}
            {online.has(message.author.id) && (
              <span
                className="presence-dot presence-online"
                role="img"
                aria-label={t('chat.presence.onlineLabel')}
                title={t('chat.presence.online')}
              />
            )}{' '}
            <time
              className="small muted"
              dateTime={message.createdAt}
              title={exactTime(intl, message.createdAt)}
            >
              {clockTime(intl, message.createdAt)}
            </time>
          </p>
        )}
        {deleted ? (
          <p className="chat-deleted muted">{t('chat.message.deleted')}</p>
        ) : editing ? (
          <MessageEditForm message={message} onDone={() => setEditing(false)} />
        ) : (
          <>
            {message.html !== '' && (
              <CookedHtml html={message.html} className="chat-body" lang={message.language} />
            )}
            <AttachmentList attachments={message.attachments} />
          </>
        )}
        {message.editedAt && !deleted && !editing && (
          <span
            className="chat-edited small muted"
            title={t('chat.message.editedTitle', { time: exactTime(intl, message.editedAt) })}
          >
            {t('chat.message.edited')}
          </span>
        )}
        {!deleted && !editing && <MessageReactions message={message} viewerId={viewerId} />}
        {own && !deleted && !editing && (
          <div className="chat-message-actions">
            <OwnPostActions
              onEdit={() => setEditing(true)}
              onDelete={confirmDelete}
              deleting={remove.isPending}
            />
          </div>
        )}
        {remove.isError && <Alert tone="error">{formErrors(remove.error).message}</Alert>}
      </div>
    </li>
  );
}

/** The picture (or, continuing a run, the time on hover) in the message's first column. */
export function MessageAuthor({
  author,
  createdAt,
  compact,
}: {
  author: { name: string; avatar?: Message['author']['avatar'] };
  createdAt: string;
  compact: boolean;
}) {
  const intl = useIntl();
  if (!compact) return <Avatar person={author} size="small" decorative />;
  return (
    <span className="chat-message-gutter">
      <span className="visually-hidden">{author.name}, </span>
      <time dateTime={createdAt} title={exactTime(intl, createdAt)}>
        {clockTime(intl, createdAt)}
      </time>
    </span>
  );
}

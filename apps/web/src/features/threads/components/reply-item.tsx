import type { AccountMember } from '@praxis/contracts/members';
import { MAX_BODY } from '@praxis/contracts/thread-rules';
import type { Reply } from '@praxis/contracts/threads';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { AttachmentField } from '../../../components/attachments/attachment-field.tsx';
import { AttachmentList } from '../../../components/attachments/attachment-list.tsx';
import { useAttachmentUploads } from '../../../components/attachments/use-attachment-uploads.ts';
import { AuthorAvatar, AuthorLink, isOwnAnonymous } from '../../../components/author-link.tsx';
import { CookedHtml } from '../../../components/cooked-html.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { MarkdownEditor } from '../../../components/markdown-editor/markdown-editor.tsx';
import { OffRecordMarker } from '../../../components/off-record.tsx';
import { OwnPostActions } from '../../../components/own-post-actions.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { forgetDraft } from '../../../lib/drafts.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useAcceptAnswer } from '../api/accept-answer.ts';
import { useDeleteReply } from '../api/delete-reply.ts';
import { useUpdateReply } from '../api/update-reply.ts';
import { FlagControl } from './flag-form.tsx';
import { HelpfulButton } from './helpful-button.tsx';
import { OwnAnonymityNotice, RevealAuthor } from './post-anonymity.tsx';

export interface ReplyItemProps {
  reply: Reply;
  viewer: AccountMember;
  /** The viewer may accept an answer: the question's author or an organiser. */
  canAccept: boolean;
  canReply: boolean;
  /** The viewer started this thread anonymously: their replies in it are named as it is. */
  ownAnonymousThread: boolean;
  targeted: boolean;
  onReply(reply: Reply): void;
  onQuote(reply: Reply): void;
}

export function ReplyItem({
  reply,
  viewer,
  canAccept,
  canReply,
  ownAnonymousThread,
  targeted,
  onReply,
  onQuote,
}: ReplyItemProps) {
  const t = useT();
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const accept = useAcceptAnswer();
  const remove = useDeleteReply();
  const own = reply.author.id === viewer.id;
  const error = accept.error ?? remove.error;
  const classes = ['reply', reply.accepted && 'reply-accepted', targeted && 'reply-target'];
  const { replyTo } = reply;

  function confirmDelete() {
    if (!window.confirm(t('threads.reply.confirmDelete'))) return;
    remove.mutate({ threadId: reply.threadId, replyId: reply.id });
  }

  return (
    <article id={`reply-${reply.id}`} className={classes.filter(Boolean).join(' ')} tabIndex={-1}>
      <header className="post-meta">
        <AuthorAvatar author={reply.author} />
        <div>
          <AuthorLink className="post-author" author={reply.author} />
          {reply.author.role !== 'member' && !reply.author.anonymous && (
            <span className="role-badge">{t(`common.role.${reply.author.role}`)}</span>
          )}
          <p className="small muted">
            <RelativeTime iso={reply.createdAt} />
            {reply.editedAt && !reply.deleted && (
              <>
                {' · '}
                <span
                  title={t('threads.reply.editedTitle', {
                    date: intl.formatDate(reply.editedAt, {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    }),
                  })}
                >
                  {t('threads.reply.edited')}
                </span>
              </>
            )}
            {replyTo && (
              <>
                {' · '}
                <T
                  id="threads.reply.inReplyTo"
                  values={{
                    name: replyTo.authorName || t('anonymity.author.someone'),
                    link: (chunks) => <a href={`#reply-${replyTo.id}`}>{chunks}</a>,
                  }}
                />
              </>
            )}
          </p>
        </div>
        {reply.offRecord && <OffRecordMarker />}
        {reply.accepted && (
          <span className="marker marker-solved">{t('threads.reply.accepted')}</span>
        )}
      </header>
      {/* In the author's anonymous thread a reply is signed with the thread, from its page. */}
      {reply.author.anonymous &&
        !reply.deleted &&
        !ownAnonymousThread &&
        isOwnAnonymous(reply.author) && (
          <OwnAnonymityNotice
            post={{ threadId: reply.threadId, replyId: reply.id }}
            anonymous={reply.author.anonymous}
          />
        )}

      {reply.deleted ? (
        <p className="muted reply-deleted">{t('threads.reply.deleted')}</p>
      ) : editing ? (
        <ReplyEditForm reply={reply} onDone={() => setEditing(false)} />
      ) : (
        <>
          <CookedHtml html={reply.bodyHtml} lang={reply.language} />
          <AttachmentList attachments={reply.attachments} />
        </>
      )}

      {!reply.deleted && !editing && (
        <div className="post-actions">
          <HelpfulButton
            threadId={reply.threadId}
            replyId={reply.id}
            helpful={reply.helpful}
            own={own}
          />
          {canReply && (
            <>
              <button type="button" className="action-button" onClick={() => onReply(reply)}>
                {t('threads.reply.reply')}
              </button>
              <button type="button" className="action-button" onClick={() => onQuote(reply)}>
                {t('threads.reply.quote')}
              </button>
            </>
          )}
          {canAccept && (
            <button
              type="button"
              className="action-button"
              disabled={accept.isPending}
              onClick={() =>
                accept.mutate({
                  threadId: reply.threadId,
                  replyId: reply.accepted ? null : reply.id,
                })
              }
            >
              {reply.accepted ? t('threads.reply.unaccept') : t('threads.reply.accept')}
            </button>
          )}
          {own && (
            <OwnPostActions
              onEdit={() => setEditing(true)}
              onDelete={confirmDelete}
              deleting={remove.isPending}
            />
          )}
          {!own && <FlagControl threadId={reply.threadId} replyId={reply.id} />}
          {reply.author.anonymous && !own && viewer.role !== 'member' && (
            <RevealAuthor post={{ threadId: reply.threadId, replyId: reply.id }} />
          )}
        </div>
      )}
      {error && <Alert tone="error">{formErrors(error).message}</Alert>}
    </article>
  );
}

function ReplyEditForm({ reply, onDone }: { reply: Reply; onDone(): void }) {
  const t = useT();
  const update = useUpdateReply();
  const uploads = useAttachmentUploads(reply.attachments);
  const [body, setBody] = useState(reply.bodySource);
  const { message, fields } = formErrors(update.error);
  const draftTarget = `edit-reply:${reply.id}`;

  function done() {
    forgetDraft(draftTarget);
    onDone();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (uploads.busy) return;
    update.mutate(
      { threadId: reply.threadId, replyId: reply.id, body, attachmentIds: uploads.ids },
      { onSuccess: done },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="reply-edit-form" {...uploads.dropTarget}>
      <MarkdownEditor
        id={`edit-reply-${reply.id}`}
        label={t('threads.reply.editLabel')}
        rows={6}
        maxLength={MAX_BODY}
        value={body}
        onChange={setBody}
        error={fields.body ?? message ?? undefined}
        mentionsIn={{ thread: reply.threadId }}
        draft={{ target: draftTarget, original: reply.bodySource }}
      />
      <AttachmentField uploads={uploads} />
      <div className="button-row">
        <button
          type="submit"
          className="button-primary"
          disabled={update.isPending || uploads.busy}
        >
          {update.isPending ? t('threads.form.saving') : t('threads.reply.save')}
        </button>
        <button type="button" className="button-secondary" onClick={done}>
          {t('threads.form.cancel')}
        </button>
      </div>
    </form>
  );
}

import type { AccountMember } from '@praxis/contracts/members';
import type { Reply, ThreadDetail } from '@praxis/contracts/threads';
import type { Locale } from '@praxis/i18n/locales';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { AttachmentField } from '../../../components/attachments/attachment-field.tsx';
import { useAttachmentUploads } from '../../../components/attachments/use-attachment-uploads.ts';
import { authorLabel, isOwnAnonymous } from '../../../components/author-link.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { uniqueById } from '../../../lib/unique-by-id.ts';
import { useReplies } from '../api/list-replies.ts';
import { usePostReply } from '../api/post-reply.ts';
import { useLiveThread } from '../use-live-thread.ts';
import { OPEN_REPLY, ReplyChoices } from './reply-choices.tsx';
import { COMPOSER_ID, type ComposerDraft, ReplyComposer } from './reply-composer.tsx';
import { ReplyItem } from './reply-item.tsx';

const EMPTY_DRAFT: ComposerDraft = { body: '', replyTo: null };

/** A Markdown quote of a reply, ready to answer beneath it. */
function quoteOf(reply: Reply): string {
  const quoted = reply.bodySource
    .trim()
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
  return `${quoted}\n\n`;
}

/** The replies, oldest first, and the composer beneath them. */
export function ThreadReplies({ thread, viewer }: { thread: ThreadDetail; viewer: AccountMember }) {
  const t = useT();
  const replies = useReplies(thread.id);
  const post = usePostReply();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [privacy, setPrivacy] = useState(OPEN_REPLY);
  const uploads = useAttachmentUploads();
  const live = useLiveThread(thread.id, viewer.id, draft.body.trim() !== '');
  const list = uniqueById(replies.data?.pages.flatMap((page) => page.replies) ?? []);
  const targetId = hash.startsWith('#reply-') ? hash.slice('#reply-'.length) : null;
  const found = targetId !== null && list.some((reply) => reply.id === targetId);

  // A link to a reply (from a notification, a search hit, "in reply to") scrolls to it once,
  // loading further pages until it arrives.
  const scrolledTo = useRef<string | null>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = replies;
  useEffect(() => {
    if (!targetId || scrolledTo.current === targetId) return;
    if (found) {
      scrolledTo.current = targetId;
      const element = document.getElementById(`reply-${targetId}`);
      element?.scrollIntoView({ block: 'center' });
      element?.focus({ preventScroll: true });
    } else if (hasNextPage && !isFetchingNextPage) {
      fetchNextPage();
    }
  }, [targetId, found, hasNextPage, isFetchingNextPage, fetchNextPage]);

  function startReply(reply: Reply, body: string) {
    setDraft({ body, replyTo: { id: reply.id, authorName: authorLabel(t, reply.author) } });
    const composer = document.getElementById(COMPOSER_ID) as HTMLTextAreaElement | null;
    composer?.focus();
    composer?.scrollIntoView({ block: 'center' });
  }

  function submit(language: Locale) {
    post.mutate(
      {
        threadId: thread.id,
        body: draft.body,
        replyToId: draft.replyTo?.id ?? null,
        language,
        attachmentIds: uploads.ids,
        ...privacy,
      },
      {
        onSuccess: (reply) => {
          setDraft(EMPTY_DRAFT);
          setPrivacy(OPEN_REPLY);
          uploads.reset();
          if (live.waiting > 0 || live.stale) live.showWaiting();
          navigate({ hash: `reply-${reply.id}` }, { replace: true, preventScrollReset: true });
        },
      },
    );
  }

  const closedBecause = thread.can.reply
    ? null
    : thread.locked
      ? t('threads.composer.locked')
      : t('threads.composer.cannotReply');

  return (
    <>
      <section className="replies" aria-labelledby="replies-heading">
        <h2 id="replies-heading">{t('threads.replies.heading', { count: thread.replyCount })}</h2>
        {replies.isPending && <p className="muted">{t('threads.replies.loading')}</p>}
        {replies.isError && <Alert tone="error">{formErrors(replies.error).message}</Alert>}
        <ol className="reply-list">
          {list.map((reply) => (
            <li key={reply.id}>
              <ReplyItem
                reply={reply}
                viewer={viewer}
                canAccept={thread.can.accept && thread.kind === 'question'}
                canReply={thread.can.reply}
                ownAnonymousThread={isOwnAnonymous(thread.author)}
                targeted={reply.id === targetId}
                onReply={(target) => startReply(target, draft.body)}
                onQuote={(target) => startReply(target, draft.body + quoteOf(target))}
              />
            </li>
          ))}
        </ol>
        <ShowMoreButton list={replies} label={t('threads.replies.showMore')} />
        {(live.waiting > 0 || live.stale) && (
          <div className="new-replies-bar" role="status">
            <button type="button" className="button-secondary" onClick={live.showWaiting}>
              {live.waiting === 0
                ? t('threads.replies.changed')
                : t('threads.replies.newReplies', { count: live.waiting })}
            </button>
          </div>
        )}
      </section>
      <div {...uploads.dropTarget}>
        <ReplyComposer
          threadId={thread.id}
          draft={draft}
          onChange={(next) => {
            post.reset();
            setDraft(next);
          }}
          onSubmit={submit}
          pending={post.isPending}
          waiting={uploads.busy}
          error={post.error}
          closedBecause={closedBecause}
          attachments={<AttachmentField uploads={uploads} />}
          choices={
            <ReplyChoices
              thread={thread}
              viewer={viewer}
              value={privacy}
              onChange={(next) => {
                post.reset();
                setPrivacy(next);
              }}
            />
          }
        />
      </div>
    </>
  );
}

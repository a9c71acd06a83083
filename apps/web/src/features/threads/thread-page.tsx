import type { AccountMember } from '@praxis/contracts/members';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AttachmentList } from '../../components/attachments/attachment-list.tsx';
import { AuthorAvatar, AuthorLink, isOwnAnonymous } from '../../components/author-link.tsx';
import { CookedHtml } from '../../components/cooked-html.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { threadLessonChoices } from '../../components/lesson-source-choices.ts';
import { LessonSourcePanel } from '../../components/lesson-source-panel.tsx';
import { LinkedPilots } from '../../components/linked-pilots.tsx';
import { OffRecordBanner } from '../../components/off-record.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ThreadKindBadge } from '../../components/thread-kind-badge.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { queryClient } from '../../lib/query-client.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFollowThread } from './api/follow-thread.ts';
import { threadQueryOptions, useThread } from './api/get-thread.ts';
import { repliesQueryOptions } from './api/list-replies.ts';
import { AdvicePanel } from './components/advice-panel.tsx';
import { FlagControl } from './components/flag-form.tsx';
import { HelpfulButton } from './components/helpful-button.tsx';
import { MessageAsker } from './components/message-asker.tsx';
import { ModerationPanel } from './components/moderation-panel.tsx';
import { OwnAnonymityNotice, RevealAuthor } from './components/post-anonymity.tsx';
import { StorySections } from './components/story-sections.tsx';
import { ThreadEditForm } from './components/thread-edit-form.tsx';
import { ThreadReplies } from './components/thread-replies.tsx';

/**
 * A first load straight to a thread: the thread and its first replies are asked for as soon as
 * this page's code has arrived, beside the session, instead of once the shell has rendered.
 */
export function prefetchThreadPage(id: string) {
  return Promise.all([
    queryClient.prefetchQuery(threadQueryOptions(id)),
    queryClient.prefetchInfiniteQuery(repliesQueryOptions(id)),
  ]);
}

export function ThreadPage({ member }: { member: AccountMember }) {
  const { id = '' } = useParams();
  const t = useT();
  const thread = useThread(id);
  useDocumentTitle(thread.data?.title ?? t('threads.thread.documentTitle'));
  const [editing, setEditing] = useState(false);

  if (thread.isPending) {
    return (
      <p className="loading" role="status">
        {t('threads.thread.loading')}
      </p>
    );
  }
  if (thread.isError) {
    const missing = thread.error instanceof ApiError && thread.error.status === 404;
    return (
      <section className="page narrow">
        <h1>{missing ? t('threads.thread.notFound') : t('threads.thread.cannotShow')}</h1>
        <Alert tone="error">{formErrors(thread.error).message}</Alert>
        <p>
          <Link to="/threads">{t('threads.thread.allThreads')}</Link>
        </p>
      </section>
    );
  }

  const detail = thread.data;
  const own = detail.author.id === member.id;
  return (
    <article className="page thread-page">
      <p className="back-link">
        <Link to="/threads">{t('threads.list.title')}</Link>
      </p>
      {detail.offRecord && <OffRecordBanner of="thread" />}
      <ThreadHeader thread={detail} />
      <ThreadNotices thread={detail} />

      {editing ? (
        <ThreadEditForm thread={detail} onDone={() => setEditing(false)} />
      ) : (
        <>
          {detail.storyHtml ? (
            <StorySections storyHtml={detail.storyHtml} lang={detail.language} />
          ) : (
            <CookedHtml html={detail.bodyHtml} className="thread-body" lang={detail.language} />
          )}
          <AttachmentList attachments={detail.attachments} />
          <div className="post-actions">
            <HelpfulButton threadId={detail.id} replyId={null} helpful={detail.helpful} own={own} />
            <FollowButton thread={detail} />
            {detail.can.edit && (
              <button type="button" className="action-button" onClick={() => setEditing(true)}>
                {t('threads.thread.edit')}
              </button>
            )}
            {!own &&
              detail.kind === 'question' &&
              !detail.author.former &&
              !detail.author.anonymous && <MessageAsker thread={detail} />}
            {!own && <FlagControl threadId={detail.id} replyId={null} />}
          </div>
        </>
      )}

      <LinkedPilots to={{ threadId: detail.id }} />
      <LessonSourcePanel
        drawnFrom={{ threadId: detail.id }}
        choices={threadLessonChoices(detail, member, t)}
      />
      {detail.can.moderate && <ModerationPanel thread={detail} />}
      {own && detail.kind === 'question' && <AdvicePanel thread={detail} />}
      <ThreadReplies thread={detail} viewer={member} />
    </article>
  );
}

function ThreadHeader({ thread }: { thread: ThreadDetail }) {
  const t = useT();
  return (
    <header className="thread-header">
      <p className="thread-markers">
        <ThreadKindBadge kind={thread.kind} />
        {thread.solved && (
          <span className="marker marker-solved">{t('threads.marker.solved')}</span>
        )}
        {thread.pinned && <span className="marker">{t('threads.marker.pinned')}</span>}
        {thread.locked && <span className="marker">{t('threads.marker.locked')}</span>}
        {thread.hidden && (
          <span className="marker marker-hidden">{t('threads.marker.hidden')}</span>
        )}
      </p>
      <h1 lang={thread.language}>{thread.title}</h1>
      <div className="post-meta">
        <AuthorAvatar author={thread.author} />
        <div>
          <AuthorLink className="post-author" author={thread.author} />
          {thread.author.role !== 'member' && !thread.author.anonymous && (
            <span className="role-badge">{t(`common.role.${thread.author.role}`)}</span>
          )}
          <p className="small muted">
            <RelativeTime
              iso={thread.createdAt}
              phrase={
                thread.kind === 'question' ? 'threads.meta.askedWhen' : 'threads.meta.postedWhen'
              }
            />
            {thread.editedAt && (
              <>
                {' · '}
                <RelativeTime iso={thread.editedAt} phrase="threads.meta.editedWhen" />
              </>
            )}
            {' · '}
            {thread.cohort ? (
              <span className="cohort-badge">
                {t('threads.audience.onlyCohort', { cohort: thread.cohort.name })}
              </span>
            ) : (
              t('threads.audience.wholeNetwork')
            )}
          </p>
        </div>
      </div>
      {thread.author.anonymous && isOwnAnonymous(thread.author) && (
        <OwnAnonymityNotice post={{ threadId: thread.id }} anonymous={thread.author.anonymous} />
      )}
      {thread.can.revealAuthor && !isOwnAnonymous(thread.author) && (
        <div className="reveal-author">
          <RevealAuthor key={thread.id} post={{ threadId: thread.id }} />
        </div>
      )}
      {thread.tags.length > 0 && (
        <ul className="tag-list" aria-label={t('threads.form.tagsLabel')}>
          {thread.tags.map((tag) => (
            <li key={tag}>
              <Link className="tag" to={`/threads?tag=${encodeURIComponent(tag)}`}>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}

function ThreadNotices({ thread }: { thread: ThreadDetail }) {
  const t = useT();
  return (
    <>
      {thread.hidden && <Alert tone="info">{t('threads.notice.hidden')}</Alert>}
      {thread.locked && <Alert tone="info">{t('threads.notice.locked')}</Alert>}
      {thread.kind === 'question' && thread.solved && thread.acceptedReplyId && (
        <Alert tone="success">
          <T
            id="threads.notice.solved"
            values={{
              link: (chunks) => <a href={`#reply-${thread.acceptedReplyId}`}>{chunks}</a>,
            }}
          />
        </Alert>
      )}
    </>
  );
}

function FollowButton({ thread }: { thread: ThreadDetail }) {
  const t = useT();
  const follow = useFollowThread();
  return (
    <>
      <button
        type="button"
        className="action-button"
        disabled={follow.isPending}
        title={
          thread.following ? t('threads.follow.unfollowTitle') : t('threads.follow.followTitle')
        }
        onClick={() => follow.mutate({ threadId: thread.id, following: !thread.following })}
      >
        {thread.following ? t('threads.follow.unfollow') : t('threads.follow.follow')}
      </button>
      {follow.isError && (
        <span className="field-error small" role="alert">
          {follow.error.message}
        </span>
      )}
    </>
  );
}

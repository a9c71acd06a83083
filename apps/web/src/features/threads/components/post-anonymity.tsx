import type { Author } from '@praxis/contracts/common';
import { Link } from 'react-router';
import { formErrors } from '../../../components/form-errors.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useLiftReplyAnonymity, useLiftThreadAnonymity } from '../api/lift-anonymity.ts';
import { useRevealAuthor } from '../api/reveal-author.ts';
import '../../../components/post-privacy.css';

interface Post {
  threadId: string;
  /** Absent: the thread's opening post. */
  replyId?: string;
}

/** To the author of an anonymous post: how it shows them, and "Show my name" to lift it. */
export function OwnAnonymityNotice({
  post,
  anonymous,
}: {
  post: Post;
  anonymous: NonNullable<Author['anonymous']>;
}) {
  const t = useT();
  const liftThread = useLiftThreadAnonymity();
  const liftReply = useLiftReplyAnonymity();
  const lift = post.replyId ? liftReply : liftThread;
  const cohort = anonymous.cohort?.name;
  const reply = post.replyId !== undefined;
  const said = cohort
    ? t(reply ? 'anonymity.own.replyInCohort' : 'anonymity.own.threadInCohort', { cohort })
    : t(reply ? 'anonymity.own.replyInNetwork' : 'anonymity.own.threadInNetwork');

  function showName() {
    if (!window.confirm(t(reply ? 'anonymity.own.confirmReply' : 'anonymity.own.confirmThread'))) {
      return;
    }
    if (post.replyId) liftReply.mutate({ threadId: post.threadId, replyId: post.replyId });
    else liftThread.mutate(post.threadId);
  }

  return (
    <div className="anonymity-notice">
      <p>{said}</p>
      <button type="button" className="action-button" disabled={lift.isPending} onClick={showName}>
        {lift.isPending ? t('anonymity.own.showingName') : t('anonymity.own.showName')}
      </button>
      {lift.isError && (
        <p className="field-error" role="alert">
          {formErrors(lift.error).message}
        </p>
      )}
    </div>
  );
}

/** To an organiser or admin: "Who wrote this?", which names the author once they confirm. */
export function RevealAuthor({ post }: { post: Post }) {
  const t = useT();
  const reveal = useRevealAuthor();
  const revealed = reveal.data;

  function look() {
    if (!window.confirm(t('anonymity.reveal.confirm'))) return;
    reveal.mutate(post);
  }

  if (revealed) {
    const cohort = revealed.anonymousAs.cohort?.name;
    return (
      <div className="anonymity-notice" role="status">
        <p>
          <T
            id="anonymity.reveal.writtenBy"
            values={{
              name: revealed.author.name,
              as: cohort
                ? t('anonymity.reveal.asCohort', { cohort })
                : t('anonymity.reveal.asNetwork'),
              link: (chunks) => <Link to={`/members/${revealed.author.handle}`}>{chunks}</Link>,
            }}
          />
        </p>
      </div>
    );
  }
  return (
    <>
      <button type="button" className="action-button" disabled={reveal.isPending} onClick={look}>
        {reveal.isPending ? t('anonymity.reveal.looking') : t('anonymity.reveal.button')}
      </button>
      {reveal.isError && (
        <span className="field-error small" role="alert">
          {formErrors(reveal.error).message}
        </span>
      )}
    </>
  );
}

import type { AskedAdviser } from '@praxis/contracts/advice';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Avatar } from '../../../components/avatar.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { useAskAdvisers } from '../api/ask-advisers.ts';
import { useAdvisers } from '../api/list-advisers.ts';

/**
 * The author of a question asks members who know the topic to look at it; each one asked gets
 * a notification. It stays open while the question waits for an answer, so an asker who comes
 * back finds whom they asked and when, or the suggestions they have not acted on yet; once the
 * question is solved it folds away.
 */
export function AdvicePanel({ thread }: { thread: ThreadDetail }) {
  const [open, setOpen] = useState(!thread.solved);
  // An answer accepted while the page is open folds the panel, as a reload would.
  useEffect(() => {
    if (thread.solved) setOpen(false);
  }, [thread.solved]);
  const advisers = useAdvisers(thread.id, open);
  const ask = useAskAdvisers();
  const [chosen, setChosen] = useState<string[]>([]);
  const asked = advisers.data?.asked ?? [];
  const toAsk = (advisers.data?.suggested ?? []).filter((adviser) => !adviser.asked);

  function toggle(memberId: string, on: boolean) {
    ask.reset();
    setChosen((current) => (on ? [...current, memberId] : current.filter((id) => id !== memberId)));
  }

  return (
    <details
      className="panel advice-panel"
      id="ask-for-advice"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <h2 className="advice-heading">Ask for advice</h2>
        {thread.solved && <span className="small muted"> · solved</span>}
      </summary>
      {advisers.isPending && open && (
        <p className="muted" role="status">
          Finding people who could help…
        </p>
      )}
      {advisers.isError && <Alert tone="error">{formErrors(advisers.error).message}</Alert>}
      {asked.length > 0 && <AskedList asked={asked} />}
      {advisers.isSuccess && (
        <p className="small muted">
          {asked.length > 0 ? 'You can ask more people: ' : ''}
          People who know this question's tags, or answered questions like it. Each one you ask is
          notified and sees your question.
        </p>
      )}
      {advisers.isSuccess && toAsk.length === 0 && (
        <p>
          {asked.length > 0 ? 'No one else to suggest.' : 'No one to suggest yet.'}{' '}
          {thread.tags.length === 0
            ? 'Add tags to your question: suggestions follow the tags.'
            : 'Try other tags, or look in the directory.'}{' '}
          <Link to="/directory?openToAdvise=true">Members open to advise</Link>
        </p>
      )}
      {toAsk.length > 0 && (
        <ul className="adviser-list">
          {toAsk.map(({ member, reasons }) => (
            <li key={member.id} className="adviser">
              <input
                type="checkbox"
                aria-label={`Ask ${member.name}`}
                checked={chosen.includes(member.id)}
                disabled={ask.isPending}
                onChange={(event) => toggle(member.id, event.target.checked)}
              />
              <div>
                <p className="adviser-name">
                  <Link to={`/members/${member.handle}`}>{member.name}</Link>
                </p>
                {(member.headline || member.organisation) && (
                  <p className="small">
                    {[member.headline, member.organisation].filter(Boolean).join(' · ')}
                  </p>
                )}
                {reasons.length > 0 && (
                  <ul className="adviser-reasons small muted">
                    {reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {toAsk.length > 0 && (
        <div className="button-row">
          <button
            type="button"
            className="button-primary"
            disabled={chosen.length === 0 || ask.isPending}
            onClick={() =>
              ask.mutate(
                { threadId: thread.id, memberIds: chosen },
                { onSuccess: () => setChosen([]) },
              )
            }
          >
            Ask {chosen.length} selected
          </button>
        </div>
      )}
      {ask.isError && <Alert tone="error">{formErrors(ask.error).message}</Alert>}
      {ask.isSuccess && (
        <Alert tone="success">Asked. They will see your question in their notifications.</Alert>
      )}
    </details>
  );
}

function AskedList({ asked }: { asked: AskedAdviser[] }) {
  return (
    <section aria-labelledby="asked-heading" className="asked-advisers">
      <h3 id="asked-heading">
        You asked {asked.length} {asked.length === 1 ? 'person' : 'people'}
      </h3>
      <ul className="asked-list">
        {asked.map(({ member, askedAt }) => (
          <li key={member.id} className="asked-adviser">
            <Avatar person={member} size="small" decorative />
            <Link to={`/members/${member.handle}`}>{member.name}</Link>
            <span className="small muted">
              <RelativeTime iso={askedAt} phrase="threads.advice.askedWhen" />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { ThreadDetail } from '@praxis/contracts/threads';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useAskAdvisers } from '../api/ask-advisers.ts';
import { useAdvisers } from '../api/list-advisers.ts';

/**
 * The author of a question asks members who know the topic to look at it; each one asked gets
 * a notification. Open when the question is new (`?ask=1`) or nobody has been asked yet.
 */
export function AdvicePanel({ thread, startOpen }: { thread: ThreadDetail; startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const advisers = useAdvisers(thread.id, open);
  const ask = useAskAdvisers();
  const [chosen, setChosen] = useState<string[]>([]);
  const suggested = advisers.data?.suggested ?? [];
  const asked = advisers.data?.asked ?? [];

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
      </summary>
      <p className="small muted">
        People who know this question's tags, or answered questions like it. Each one you ask is
        notified and sees your question.
      </p>
      {advisers.isPending && open && (
        <p className="muted" role="status">
          Finding people who could help…
        </p>
      )}
      {advisers.isError && <Alert tone="error">{formErrors(advisers.error).message}</Alert>}
      {advisers.isSuccess && suggested.length === 0 && (
        <p>
          No one to suggest yet.{' '}
          {thread.tags.length === 0
            ? 'Add tags to your question: suggestions follow the tags.'
            : 'Try other tags, or look in the directory.'}{' '}
          <Link to="/directory?openToAdvise=true">Members open to advise</Link>
        </p>
      )}
      {suggested.length > 0 && (
        <ul className="adviser-list">
          {suggested.map(({ member, reasons, asked: alreadyAsked }) => (
            <li key={member.id} className="adviser">
              <input
                type="checkbox"
                aria-label={`Ask ${member.name}`}
                checked={alreadyAsked || chosen.includes(member.id)}
                disabled={alreadyAsked || ask.isPending}
                onChange={(event) => toggle(member.id, event.target.checked)}
              />
              <div>
                <p className="adviser-name">
                  <Link to={`/members/${member.handle}`}>{member.name}</Link>
                  {alreadyAsked && <span className="marker marker-solved">Asked</span>}
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
      {suggested.some((adviser) => !adviser.asked) && (
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
      {asked.length > 0 && (
        <p className="small">
          Asked so far:{' '}
          {asked.map((person, index) => (
            <span key={person.id}>
              {index > 0 && ', '}
              <Link to={`/members/${person.handle}`}>{person.name}</Link>
            </span>
          ))}
        </p>
      )}
    </details>
  );
}

import type { AdviserReason } from '@praxis/contracts/advice';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useAskAdvisers } from '../api/ask-advisers.ts';
import { useAdvisers } from '../api/list-advisers.ts';
import { AskedAdvisers } from './asked-advisers.tsx';
import { UnavailableAdvisers } from './unavailable-advisers.tsx';

/**
 * The author of a question asks members who know the topic to look at it; each one asked gets
 * a notification. It stays open while the question waits for an answer, so an asker who comes
 * back finds whom they asked and when, or the suggestions they have not acted on yet; once the
 * question is solved it folds away.
 */
export function AdvicePanel({ thread }: { thread: ThreadDetail }) {
  const t = useT();
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
  const unavailable = advisers.data?.unavailable ?? [];

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
        <h2 className="advice-heading">{t('threads.advice.heading')}</h2>
        {thread.solved && <span className="small muted"> · {t('threads.advice.solved')}</span>}
      </summary>
      {advisers.isPending && open && (
        <p className="muted" role="status">
          {t('threads.advice.finding')}
        </p>
      )}
      {advisers.isError && <Alert tone="error">{formErrors(advisers.error).message}</Alert>}
      {asked.length > 0 && <AskedAdvisers threadId={thread.id} asked={asked} />}
      {advisers.isSuccess && (
        <p className="small muted">
          {asked.length > 0 ? t('threads.advice.explainMore') : t('threads.advice.explain')}
        </p>
      )}
      {advisers.isSuccess && toAsk.length === 0 && (
        <p>
          {asked.length > 0 ? t('threads.advice.noOneElse') : t('threads.advice.noOneYet')}{' '}
          {thread.tags.length === 0
            ? t('threads.advice.addTags')
            : t('threads.advice.tryOtherTags')}{' '}
          <Link to="/directory?openToAdvise=true">{t('threads.advice.openToAdvise')}</Link>
        </p>
      )}
      {toAsk.length > 0 && (
        <ul className="adviser-list">
          {toAsk.map(({ member, reasons }) => (
            <li key={member.id} className="adviser">
              <input
                type="checkbox"
                aria-label={t('threads.advice.askMember', { name: member.name })}
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
                      <li key={reason.kind}>
                        <ReasonText reason={reason} />
                      </li>
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
            {t('threads.advice.askSelected', { count: chosen.length })}
          </button>
        </div>
      )}
      {ask.isError && <Alert tone="error">{formErrors(ask.error).message}</Alert>}
      {ask.isSuccess && <Alert tone="success">{t('threads.advice.askedSuccess')}</Alert>}
      {unavailable.length > 0 && <UnavailableAdvisers advisers={unavailable} />}
    </details>
  );
}

/** Why a member is suggested, from the facts the API gives. */
function ReasonText({ reason }: { reason: AdviserReason }) {
  const t = useT();
  const intl = useIntl();
  switch (reason.kind) {
    case 'topics':
      // Tags side by side, as they were always listed ("procurement, legal" in English).
      return t('threads.advice.reason.topics', {
        topics: formatList(intl, reason.topics, { type: 'unit', style: 'short' }),
      });
    case 'acceptedAnswers':
      return t('threads.advice.reason.acceptedAnswers', { count: reason.count });
    case 'profile':
      return t('threads.advice.reason.profile');
    case 'helped':
      return t('threads.advice.reason.helped', { count: reason.count });
  }
}

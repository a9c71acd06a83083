import type { ModerationBody } from '@praxis/contracts/moderation';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { AuditReasonField } from '../../../components/audit-reason-field.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useModerateThread } from '../api/moderate-thread.ts';

/** Organisers pin a thread to the top, lock it against new replies, or hide it from members. */
export function ModerationPanel({ thread }: { thread: ThreadDetail }) {
  const t = useT();
  const moderate = useModerateThread();
  const [reason, setReason] = useState('');
  const change = (next: ModerationBody) =>
    moderate.mutate(
      { id: thread.id, ...next, ...(reason.trim() ? { reason } : {}) },
      { onSuccess: () => setReason('') },
    );
  return (
    <section className="moderation" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{t('threads.moderation.heading')}</h2>
      <AuditReasonField value={reason} onChange={setReason} />
      <div className="button-row">
        <button
          type="button"
          className="action-button"
          disabled={moderate.isPending}
          onClick={() => change({ pinned: !thread.pinned })}
        >
          {thread.pinned ? t('threads.moderation.unpin') : t('threads.moderation.pin')}
        </button>
        <button
          type="button"
          className="action-button"
          disabled={moderate.isPending}
          onClick={() => change({ locked: !thread.locked })}
        >
          {thread.locked ? t('threads.moderation.unlock') : t('threads.moderation.lock')}
        </button>
        <button
          type="button"
          className="action-button"
          disabled={moderate.isPending}
          onClick={() => change({ hidden: !thread.hidden })}
        >
          {thread.hidden ? t('threads.moderation.unhide') : t('threads.moderation.hide')}
        </button>
      </div>
      {moderate.isError && <Alert tone="error">{formErrors(moderate.error).message}</Alert>}
    </section>
  );
}

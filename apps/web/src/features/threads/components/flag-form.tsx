import { type FormEvent, useEffect, useId, useState } from 'react';
import { formErrors } from '../../../components/form-errors.ts';
import { TextAreaField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useFlagPost } from '../api/flag-post.ts';

/** Tell the organisers a post needs their attention, saying why. */
export function FlagControl({ threadId, replyId }: { threadId: string; replyId: string | null }) {
  const t = useT();
  const flag = useFlagPost();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const formId = useId();
  const { message, fields } = formErrors(flag.error);

  // Opening the form is asking to write the reason: the cursor goes there.
  useEffect(() => {
    if (open) document.getElementById(`${formId}-reason`)?.focus();
  }, [open, formId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    flag.mutate(
      { threadId, replyId, reason },
      {
        onSuccess: () => {
          setOpen(false);
          setReason('');
        },
      },
    );
  }

  return (
    <>
      <button
        type="button"
        className="action-button"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => {
          flag.reset();
          setOpen((value) => !value);
        }}
      >
        {t('threads.flag.button')}
      </button>
      {flag.isSuccess && (
        <span className="action-note" role="status">
          {t('threads.flag.thanks')}
        </span>
      )}
      {open && (
        <form id={formId} className="action-form" onSubmit={submit} noValidate>
          <TextAreaField
            id={`${formId}-reason`}
            label={t('threads.flag.reasonLabel')}
            hint={t('threads.flag.reasonHint')}
            rows={2}
            maxLength={500}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={fields.reason ?? message ?? undefined}
          />
          <div className="button-row">
            <button type="submit" className="button-secondary" disabled={flag.isPending}>
              {t('threads.flag.send')}
            </button>
            <button type="button" className="button-link" onClick={() => setOpen(false)}>
              {t('threads.form.cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

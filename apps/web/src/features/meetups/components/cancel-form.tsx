import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { TextAreaField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useCancelMeetup } from '../api/cancel-meetup.ts';

/** Cancelling asks why: the reason goes to everyone who said going or maybe. */
export function CancelForm({ meetupId, onDone }: { meetupId: string; onDone(): void }) {
  const t = useT();
  const cancel = useCancelMeetup();
  const [reason, setReason] = useState('');
  const { message, fields } = formErrors(cancel.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    cancel.mutate({ id: meetupId, reason }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate className="edit-form cancel-form">
      <h2>{t('meetups.cancel.heading')}</h2>
      <TextAreaField
        id="cancel-reason"
        label={t('meetups.cancel.reason')}
        hint={t('meetups.cancel.reasonHint')}
        rows={3}
        maxLength={500}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fields.reason}
      />
      {message && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button type="submit" className="button-danger" disabled={cancel.isPending}>
          {t(cancel.isPending ? 'meetups.cancel.cancelling' : 'meetups.cancel.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('meetups.cancel.keep')}
        </button>
      </div>
    </form>
  );
}

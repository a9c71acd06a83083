import type { NetworkSettings } from '@praxis/contracts/settings';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { fieldError, formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useUpdateNetworkSettings } from '../api/network-settings.ts';
import { useRetentionPreview } from '../api/preview-retention.ts';

/** A whole number of months from what was typed; null for empty (keep everything). */
function months(typed: string): number | null {
  const value = Number(typed);
  return typed.trim() === '' || !Number.isInteger(value) || value < 1 ? null : value;
}

/** The retention limits, with what each would delete now shown before they are saved. */
export function RetentionSection({ settings }: { settings: NetworkSettings }) {
  const t = useT();
  const update = useUpdateNetworkSettings();
  const [chat, setChat] = useState(String(settings.retention.chatMonths ?? ''));
  const [notifications, setNotifications] = useState(
    String(settings.retention.readNotificationMonths ?? ''),
  );
  const limits = useDebouncedValue(
    { chatMonths: months(chat), readNotificationMonths: months(notifications) },
    300,
  );
  const preview = useRetentionPreview(limits);
  const { message, fields } = formErrors(update.error ?? preview.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = (value: string) => (value.trim() === '' ? null : Number(value));
    update.mutate({
      retention: { chatMonths: typed(chat), readNotificationMonths: typed(notifications) },
    });
  }

  const counts = preview.data;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{t('settings.network.retentionIntro')}</p>
      <FormField
        label={t('settings.network.chatMonthsLabel')}
        hint={t('settings.network.chatMonthsHint')}
        error={fieldError(fields, 'retention.chatMonths') ?? fields.chatMonths}
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        value={chat}
        onChange={(event) => setChat(event.target.value)}
      />
      <FormField
        label={t('settings.network.notificationMonthsLabel')}
        hint={t('settings.network.notificationMonthsHint')}
        error={
          fieldError(fields, 'retention.readNotificationMonths') ?? fields.readNotificationMonths
        }
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        value={notifications}
        onChange={(event) => setNotifications(event.target.value)}
      />
      <div aria-live="polite" className="retention-preview">
        {preview.isFetching && !counts && <p>{t('settings.network.previewCounting')}</p>}
        {counts?.chatMessages != null && limits.chatMonths !== null && (
          <p>{t('settings.network.previewMessages', { count: counts.chatMessages })}</p>
        )}
        {counts?.readNotifications != null && limits.readNotificationMonths !== null && (
          <p>{t('settings.network.previewNotifications', { count: counts.readNotifications })}</p>
        )}
      </div>
      {message && <Alert tone="error">{message}</Alert>}
      {update.isSuccess && <Alert tone="success">{t('settings.network.retentionSaved')}</Alert>}
      <div>
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {t('settings.network.retentionSave')}
        </button>
      </div>
    </form>
  );
}

import type { NetworkSettings } from '@praxis/contracts/settings';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { fieldError, formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useUpdateNetworkSettings } from '../api/network-settings.ts';

/**
 * The public showcase: open to visitors or switched off (every public page answers as if it
 * did not exist), and where its "Join the network?" leads: the organisers' e-mail or web page.
 */
export function ShowcaseSection({ settings }: { settings: NetworkSettings }) {
  const t = useT();
  const update = useUpdateNetworkSettings();
  const [enabled, setEnabled] = useState(settings.showcase.enabled);
  const [contact, setContact] = useState(settings.showcase.contact ?? '');
  const { message, fields } = formErrors(update.error);
  const enabledError = fieldError(fields, 'showcase.enabled');
  const contactError = fieldError(fields, 'showcase.contact');

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({
      showcase: { enabled, contact: contact.trim() === '' ? null : contact.trim() },
    });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{t('settings.showcase.intro')}</p>
      <div className="checkbox-field">
        <input
          id="showcase-enabled"
          type="checkbox"
          checked={enabled}
          aria-describedby={enabledError ? 'showcase-enabled-error' : undefined}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <label htmlFor="showcase-enabled">{t('settings.showcase.enabledLabel')}</label>
      </div>
      {enabledError && (
        <p className="field-error" id="showcase-enabled-error">
          {enabledError}
        </p>
      )}
      <FormField
        label={t('settings.showcase.contactLabel')}
        hint={t('settings.showcase.contactHint')}
        error={contactError}
        value={contact}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => setContact(event.target.value)}
      />
      {message && !contactError && !enabledError && <Alert tone="error">{message}</Alert>}
      {update.isSuccess && (
        <Alert tone="success">
          {t(
            update.data.showcase.enabled
              ? 'settings.showcase.savedOn'
              : 'settings.showcase.savedOff',
          )}
        </Alert>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {t('settings.showcase.save')}
        </button>
        {settings.showcase.enabled && <a href="/showcase">{t('settings.showcase.openHome')}</a>}
      </div>
    </form>
  );
}

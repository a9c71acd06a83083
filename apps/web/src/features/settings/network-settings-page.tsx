import { isLocale } from '@praxis/i18n/locales';
import { useId, useState } from 'react';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { LocaleOptions } from '../../components/locale-options.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useNetworkSettings, useUpdateNetworkSettings } from './api/network-settings.ts';

/** What an admin sets for the whole network: for now, the language of whoever chose none. */
export function NetworkSettingsPage() {
  const t = useT();
  useDocumentTitle(t('settings.network.title'));
  const settings = useNetworkSettings();
  const update = useUpdateNetworkSettings();
  const [chosen, setChosen] = useState<string>();
  const id = useId();
  const value = chosen ?? settings.data?.defaultLocale ?? '';

  return (
    <section className="page narrow">
      <h1>{t('settings.network.title')}</h1>
      {settings.isError && <Alert tone="error">{formErrors(settings.error).message}</Alert>}
      {settings.isSuccess && (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (isLocale(value)) update.mutate({ defaultLocale: value });
          }}
        >
          <div className="field">
            <label htmlFor={id}>{t('settings.network.defaultLocaleLabel')}</label>
            <p className="field-hint" id={`${id}-hint`}>
              {t('settings.network.defaultLocaleHint')}
            </p>
            <select
              id={id}
              aria-describedby={`${id}-hint`}
              value={value}
              onChange={(event) => setChosen(event.target.value)}
            >
              <LocaleOptions />
            </select>
          </div>
          {update.isError && <Alert tone="error">{formErrors(update.error).message}</Alert>}
          {update.isSuccess && <Alert tone="success">{t('settings.network.saved')}</Alert>}
          <div>
            <button type="submit" className="button" disabled={update.isPending}>
              {t('settings.network.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

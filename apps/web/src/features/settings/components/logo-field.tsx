import type { NetworkSettings } from '@praxis/contracts/settings';
import { useId } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useChangeNetworkLogo } from '../api/network-logo.ts';

/** The logo as it is, a file input that uploads at once, and a way back to the initial. */
export function LogoField({ settings }: { settings: NetworkSettings }) {
  const t = useT();
  const change = useChangeNetworkLogo();
  const id = useId();
  const { message } = formErrors(change.error);
  return (
    <div className="stack">
      {settings.logoUrl ? (
        <img
          className="logo-preview"
          src={settings.logoUrl}
          alt={t('settings.network.logoCurrent')}
        />
      ) : (
        <p>{t('settings.network.logoNone')}</p>
      )}
      <div className="field">
        <label htmlFor={id}>{t('settings.network.logoLabel')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('settings.network.logoHint')}
        </p>
        <input
          id={id}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${id}-hint`}
          disabled={change.isPending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) change.mutate(file);
            event.target.value = '';
          }}
        />
      </div>
      {message && <Alert tone="error">{message}</Alert>}
      {change.isSuccess && settings.logoUrl && (
        <Alert tone="success">{t('settings.network.logoSaved')}</Alert>
      )}
      {settings.logoUrl && (
        <div>
          <button
            type="button"
            className="button-secondary"
            disabled={change.isPending}
            onClick={() => change.mutate(null)}
          >
            {t('settings.network.logoRemove')}
          </button>
        </div>
      )}
    </div>
  );
}

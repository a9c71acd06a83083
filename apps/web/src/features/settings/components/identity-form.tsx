import {
  accentContrast,
  MIN_CONTRAST,
  type NetworkSettings,
  type SettingsFixedBy,
  shownRatio,
  type UpdateNetworkSettings,
} from '@praxis/contracts/settings';
import { isLocale } from '@praxis/i18n/locales';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField } from '../../../components/form-field.tsx';
import { LocaleOptions } from '../../../components/locale-options.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useUpdateNetworkSettings } from '../api/network-settings.ts';

const HEX = /^#[0-9a-f]{6}$/i;

/** The network's name, address, colour and language; a field the environment fixes is read-only. */
export function IdentityForm({ settings }: { settings: NetworkSettings }) {
  const t = useT();
  const update = useUpdateNetworkSettings();
  const [name, setName] = useState(settings.name);
  const [publicUrl, setPublicUrl] = useState(settings.publicUrl);
  const [accent, setAccent] = useState(settings.accentColour);
  const [locale, setLocale] = useState<string>(settings.defaultLocale);
  const { message, fields } = formErrors(update.error);
  const fixed = settings.fixedBy;
  const hintFor = (key: keyof SettingsFixedBy, hint: string) => {
    const variable = fixed[key];
    return variable ? t('settings.network.fixedBy', { variable }) : hint;
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const change: UpdateNetworkSettings = { accentColour: accent };
    if (!fixed.name) change.name = name;
    if (!fixed.publicUrl) change.publicUrl = publicUrl;
    if (!fixed.defaultLocale && isLocale(locale)) change.defaultLocale = locale;
    update.mutate(change);
  }

  const ratio = HEX.test(accent) ? accentContrast(accent) : null;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormField
        label={t('settings.network.nameLabel')}
        hint={hintFor('name', t('settings.network.nameHint'))}
        error={fields.name}
        value={name}
        readOnly={fixed.name !== null}
        maxLength={60}
        onChange={(event) => setName(event.target.value)}
      />
      <FormField
        label={t('settings.network.publicUrlLabel')}
        hint={hintFor('publicUrl', t('settings.network.publicUrlHint'))}
        error={fields.publicUrl}
        type="url"
        value={publicUrl}
        readOnly={fixed.publicUrl !== null}
        onChange={(event) => setPublicUrl(event.target.value)}
      />
      <div className="accent-field">
        <FormField
          label={t('settings.network.accentLabel')}
          hint={t('settings.network.accentHint')}
          error={fields.accentColour}
          value={accent}
          spellCheck={false}
          onChange={(event) => setAccent(event.target.value.trim())}
        />
        <input
          type="color"
          className="accent-picker"
          aria-label={t('settings.network.accentPicker')}
          value={HEX.test(accent) ? accent.toLowerCase() : '#000000'}
          onChange={(event) => setAccent(event.target.value)}
        />
      </div>
      {ratio !== null && (
        <p className={ratio >= MIN_CONTRAST ? 'field-hint' : 'field-error'} aria-live="polite">
          <span className="accent-sample" style={{ background: accent }} aria-hidden="true" />
          {t(
            ratio >= MIN_CONTRAST ? 'settings.network.contrastOk' : 'settings.network.contrastLow',
            {
              ratio: shownRatio(ratio),
              minimum: MIN_CONTRAST,
            },
          )}
        </p>
      )}
      <SelectField
        label={t('settings.network.defaultLocaleLabel')}
        hint={hintFor('defaultLocale', t('settings.network.defaultLocaleHint'))}
        error={fields.defaultLocale}
        value={locale}
        disabled={fixed.defaultLocale !== null}
        onChange={(event) => setLocale(event.target.value)}
      >
        <LocaleOptions />
      </SelectField>
      {message && <Alert tone="error">{message}</Alert>}
      {update.isSuccess && <Alert tone="success">{t('settings.network.saved')}</Alert>}
      <div>
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {t('settings.network.save')}
        </button>
      </div>
    </form>
  );
}

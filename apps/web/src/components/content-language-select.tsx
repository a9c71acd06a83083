import { isLocale, type Locale, sourceLocale } from '@praxis/i18n/locales';
import { useId, useState } from 'react';
import { useLocale } from '../lib/i18n/i18n-provider.tsx';
import { useT } from '../lib/i18n/use-t.tsx';
import { LocaleOptions } from './locale-options.tsx';

/**
 * The language of a text being written, as state: the one it already has, else the language
 * the interface is in, which is what most members write in.
 */
export function useContentLanguage(current?: Locale) {
  const { locale } = useLocale();
  return useState<Locale>(current ?? (isLocale(locale) ? locale : sourceLocale));
}

/**
 * Which language a text is written in, each language named in itself. Search reads the text in
 * it and screen readers speak it in it, so a member writing in another language than their
 * interface's says so here. `compact` hides the label from sight (it stays for screen readers
 * and as a tooltip), for the chat composer on a phone.
 */
export function ContentLanguageSelect({
  value,
  onChange,
  compact = false,
}: {
  value: Locale;
  onChange(language: Locale): void;
  compact?: boolean;
}) {
  const t = useT();
  const id = useId();
  const label = t('content.language.label');
  return (
    <div className={compact ? 'content-language-compact' : 'field content-language'}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        title={compact ? label : undefined}
        onChange={(event) => {
          if (isLocale(event.target.value)) onChange(event.target.value);
        }}
      >
        <LocaleOptions />
      </select>
    </div>
  );
}

import { useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { RemovableTag } from '../../../components/tag-list.tsx';
import { languageOptions, languageName as nameIn } from '../../../lib/display-names.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** A profile lists at most this many languages; the API says the same. */
const MAX_LANGUAGES = 10;

/**
 * Languages chosen by name from a list (type the first letters to jump), kept as codes. Each
 * chosen one is a chip with its own remove button; what changes is announced.
 */
export function LanguagePicker({
  languages,
  onChange,
  error,
}: {
  languages: string[];
  onChange(languages: string[]): void;
  error?: string | undefined;
}) {
  const t = useT();
  const { locale } = useIntl();
  const languageName = (code: string) => nameIn(code, locale);
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const full = languages.length >= MAX_LANGUAGES;
  const choices = languageOptions(locale).filter((option) => !languages.includes(option.code));

  function add(code: string) {
    if (!code || languages.includes(code) || full) return;
    onChange([...languages, code]);
    setAnnouncement(t('members.languages.added', { language: languageName(code) }));
  }

  function remove(code: string) {
    onChange(languages.filter((existing) => existing !== code));
    setAnnouncement(t('members.languages.removed', { language: languageName(code) }));
    select.current?.focus();
  }

  return (
    <div className="field" id="profile-languages">
      <label htmlFor={`${id}-add`}>{t('members.languages.label')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('members.languages.hint')}{' '}
        {full ? t('members.languages.full', { max: MAX_LANGUAGES }) : ''}
      </p>
      {languages.length > 0 && (
        <ul className="language-list" aria-label={t('members.languages.chosen')}>
          {languages.map((code) => (
            <RemovableTag key={code} name={languageName(code)} onRemove={() => remove(code)} />
          ))}
        </ul>
      )}
      <select
        ref={select}
        id={`${id}-add`}
        value=""
        disabled={full}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => add(event.target.value)}
      >
        <option value="">
          {t(languages.length > 0 ? 'members.languages.addAnother' : 'members.languages.add')}
        </option>
        {choices.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

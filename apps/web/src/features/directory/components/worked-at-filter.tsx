import { type FormEvent, useEffect, useState } from 'react';
import { useT } from '../../../lib/i18n/use-t.tsx';

/**
 * "Worked at": an organisation's name, matched against every post members held, past ones
 * included. Applied when the person presses Enter or leaves the field.
 */
export function WorkedAtFilter({
  organisation,
  onChange,
}: {
  organisation: string;
  onChange(organisation: string | undefined): void;
}) {
  const t = useT();
  const [text, setText] = useState(organisation);
  useEffect(() => setText(organisation), [organisation]);
  const apply = () => {
    const next = text.trim();
    if (next !== organisation) onChange(next || undefined);
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    apply();
  }
  return (
    <form className="facet-group worked-at-filter" onSubmit={submit}>
      <div className="field">
        <label htmlFor="directory-worked-at">
          <h3>{t('careers.workedAt.label')}</h3>
        </label>
        <p className="field-hint" id="directory-worked-at-hint">
          {t('careers.workedAt.hint')}
        </p>
        <input
          id="directory-worked-at"
          type="search"
          name="organisation"
          value={text}
          maxLength={140}
          autoComplete="off"
          aria-describedby="directory-worked-at-hint"
          onChange={(event) => setText(event.target.value)}
          onBlur={apply}
        />
      </div>
    </form>
  );
}

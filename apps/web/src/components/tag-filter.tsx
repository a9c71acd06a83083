import { type FormEvent, useEffect, useState } from 'react';
import { useT } from '../lib/i18n/use-t.tsx';

/**
 * A tag typed and applied with its button (not on each keystroke, which would fetch a list per
 * letter); shows the tag the list is filtered by when that changes elsewhere.
 */
export function TagFilter({
  id,
  tag,
  onApply,
}: {
  id: string;
  tag: string | undefined;
  onApply(tag: string | undefined): void;
}) {
  const t = useT();
  const [text, setText] = useState(tag ?? '');
  useEffect(() => setText(tag ?? ''), [tag]);

  function apply(event: FormEvent) {
    event.preventDefault();
    onApply(text.trim().toLowerCase() || undefined);
  }

  return (
    <form className="tag-filter" onSubmit={apply} aria-label={t('common.tagFilter.name')}>
      <div className="field">
        <label htmlFor={id}>{t('common.tagFilter.label')}</label>
        <input
          id={id}
          type="text"
          value={text}
          maxLength={40}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button type="submit" className="button-secondary">
        {t('common.tagFilter.apply')}
      </button>
    </form>
  );
}

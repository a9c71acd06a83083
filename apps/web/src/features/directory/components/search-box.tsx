import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../../lib/i18n/use-t.tsx';

const DEBOUNCE_MS = 250;

/**
 * The search field: results follow as the person types, a quarter second after they pause.
 * One burst of typing is one step in the browser's history; `replace` says when a search only
 * refines the one before it.
 */
export function SearchBox({
  query,
  onSearch,
}: {
  query: string;
  onSearch(query: string, options: { replace: boolean }): void;
}) {
  const t = useT();
  const [text, setText] = useState(query);
  // The query as last sent or received, to tell the person's typing from the back button.
  const committed = useRef(query);
  const typing = useRef(false);
  const search = useRef(onSearch);
  search.current = onSearch;

  useEffect(() => {
    if (query === committed.current) return;
    committed.current = query;
    typing.current = false;
    setText(query);
  }, [query]);

  useEffect(() => {
    const next = text.trim();
    if (next === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = next;
      search.current(next, { replace: typing.current });
      typing.current = true;
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = text.trim();
    if (next === committed.current) return;
    committed.current = next;
    search.current(next, { replace: typing.current });
    typing.current = true;
  }

  return (
    <search className="directory-search">
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="directory-q">{t('directory.search.label')}</label>
          <p className="field-hint" id="directory-q-hint">
            {t('directory.search.hint')}
          </p>
          <input
            id="directory-q"
            type="search"
            name="q"
            value={text}
            maxLength={200}
            autoComplete="off"
            aria-describedby="directory-q-hint"
            onChange={(event) => setText(event.target.value)}
            onBlur={() => {
              typing.current = false;
            }}
          />
        </div>
      </form>
    </search>
  );
}

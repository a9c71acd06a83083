import {
  type FocusEvent,
  type FormEvent,
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import type { ResultKeys } from './header-results.tsx';

// The results are their own chunk, asked for when someone first types: the shell stays as small.
const HeaderResults = lazy(() => import('./header-results.tsx'));

/**
 * The search box on every page. On the search page it holds the current search, so changing
 * the words keeps the filters chosen there. Where the header has no room for it (phones) a
 * button shows it over the header, with the whole width for the words; Escape, its close
 * button or leaving it hides it again. While words are typed, the best people, threads, meetups
 * and chat messages show under it (a combobox: arrows choose, Enter opens, Escape closes).
 */
export function HeaderSearch() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const onSearchPage = pathname === '/search';
  const current = onSearchPage ? (searchParams.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const [open, setOpen] = useState(false);
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const refocus = useRef(false);
  const listboxId = useId();
  const keys = useRef<ResultKeys | null>(null);
  const [showing, setShowing] = useState(false);
  const [activeId, setActiveId] = useState<string | undefined>();
  const results = showing && text.trim().length >= 2;

  useEffect(() => {
    if (open) field.current?.focus();
    else if (refocus.current) toggle.current?.focus();
    refocus.current = false;
  }, [open]);

  const close = (returnFocus: boolean) => {
    refocus.current = returnFocus;
    setOpen(false);
    setShowing(false);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const q = text.trim();
    const params = onSearchPage ? new URLSearchParams(searchParams) : new URLSearchParams();
    params.set('q', q);
    setOpen(false);
    setShowing(false);
    navigate(`/search?${params}`);
  }

  const leave = (event: FocusEvent) => {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    setOpen(false);
    setShowing(false);
  };

  return (
    <search className={open ? 'header-search open' : 'header-search'} onBlur={leave}>
      <button
        ref={toggle}
        type="button"
        className="header-search-toggle"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen(true)}
      >
        <SearchIcon />
        <span className="visually-hidden">{t('search.header.open')}</span>
      </button>
      <form
        id={formId}
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          if (results) setShowing(false);
          else if (open) close(true);
        }}
      >
        <label htmlFor="header-search" className="visually-hidden">
          {t('search.header.label')}
        </label>
        <input
          ref={field}
          id="header-search"
          type="search"
          name="q"
          placeholder={t('search.header.label')}
          maxLength={200}
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={results}
          aria-controls={results ? listboxId : undefined}
          aria-activedescendant={results ? activeId : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setShowing(true);
          }}
          onKeyDown={(event) => {
            if (results && keys.current?.(event)) event.preventDefault();
          }}
        />
        <button type="submit" className="header-search-button">
          <span className="visually-hidden">{t('search.header.submit')}</span>
          <SearchIcon />
        </button>
        <button type="button" className="header-search-close" onClick={() => close(true)}>
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path
              d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z"
              fill="currentColor"
            />
          </svg>
          <span className="visually-hidden">{t('search.header.close')}</span>
        </button>
      </form>
      {results && (
        <Suspense fallback={null}>
          <HeaderResults
            q={text}
            listboxId={listboxId}
            keys={keys}
            onActive={setActiveId}
            onClose={() => close(false)}
          />
        </Suspense>
      )}
    </search>
  );
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z"
        fill="currentColor"
      />
    </svg>
  );
}

import { type FormEvent, useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';

/**
 * The search box on every page. On the search page it holds the current search, so changing
 * the words keeps the filters chosen there.
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

  function submit(event: FormEvent) {
    event.preventDefault();
    const q = text.trim();
    const params = onSearchPage ? new URLSearchParams(searchParams) : new URLSearchParams();
    params.set('q', q);
    navigate(`/search?${params}`);
  }

  return (
    <search className="header-search">
      <form onSubmit={submit}>
        <label htmlFor="header-search" className="visually-hidden">
          {t('search.header.label')}
        </label>
        <input
          id="header-search"
          type="search"
          name="q"
          placeholder={t('search.header.label')}
          maxLength={200}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="header-search-button">
          <span className="visually-hidden">{t('search.header.submit')}</span>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z"
              fill="currentColor"
            />
          </svg>
        </button>
      </form>
    </search>
  );
}

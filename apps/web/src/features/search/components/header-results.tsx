import type { EverythingResults } from '@praxis/contracts/search';
import { type KeyboardEvent, type RefObject, useEffect, useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { authorLabel } from '../../../components/author-link.tsx';
import { SnippetText } from '../../../components/snippet.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useEverything } from '../api/search-everything.ts';
import { roomLabel, type Translate } from './room-label.ts';
import './header-results.css';

/** Handles a key pressed in the search field; true when the results used it. */
export type ResultKeys = (event: KeyboardEvent<HTMLInputElement>) => boolean;

interface Option {
  id: string;
  to: string;
  label: string;
  detail: React.ReactNode;
  lang?: string | undefined;
}
type Kind = 'people' | 'threads' | 'meetups' | 'messages';
const KINDS: Kind[] = ['people', 'threads', 'meetups', 'messages'];
/** Typing pauses this long before the words are searched. */
const TYPING_PAUSE_MS = 200;

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * The header search's results, grouped by kind, as the listbox of the search field's combobox:
 * the arrows move across the groups, Enter opens the one chosen, Escape (in the field) closes.
 * Its own chunk, loaded when someone first types, so the shell's code does not grow.
 */
export default function HeaderResults({
  q,
  listboxId,
  keys,
  onActive,
  onClose,
}: {
  q: string;
  listboxId: string;
  keys: RefObject<ResultKeys | null>;
  onActive: (id: string | undefined) => void;
  onClose: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const settled = useSettled(q.trim());
  const found = useEverything(settled);
  const [active, setActive] = useState(-1);
  const prefix = useId();
  const groups = useMemo(() => toGroups(found.data, t, prefix), [found.data, t, prefix]);
  const options = groups.flatMap((group) => group.options);

  // New results start with no option chosen.
  const [shown, setShown] = useState(found.data);
  if (shown !== found.data) {
    setShown(found.data);
    setActive(-1);
  }
  const activeId = options[active]?.id;
  useEffect(() => onActive(activeId), [activeId, onActive]);

  const open = (option: Option) => {
    onClose();
    navigate(option.to);
  };
  keys.current = (event) => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown' && last >= 0)
      setActive((index) => (index >= last ? 0 : index + 1));
    else if (event.key === 'ArrowUp' && last >= 0)
      setActive((index) => (index <= 0 ? last : index - 1));
    else if (event.key === 'Home' && active >= 0) setActive(0);
    else if (event.key === 'End' && active >= 0) setActive(last);
    else if (event.key === 'Enter' && options[active]) open(options[active]);
    else return false;
    return true;
  };

  const all = `/search?${new URLSearchParams({ q: settled })}`;
  return (
    <div className="header-results">
      <p className="header-results-status small muted" role="status">
        {found.isFetching && !found.data
          ? t('search.everything.searching')
          : found.data && options.length === 0
            ? t('search.everything.none', { q: settled })
            : ''}
      </p>
      <div id={listboxId} role="listbox" aria-label={t('search.everything.results')}>
        {groups.map((group) =>
          group.options.length === 0 ? null : (
            // biome-ignore lint/a11y/useSemanticElements: an ARIA group of options, not a fieldset.
            <div key={group.kind} role="group" aria-labelledby={`${prefix}-${group.kind}`}>
              <p
                id={`${prefix}-${group.kind}`}
                className="header-results-heading"
                role="presentation"
              >
                {t(`search.everything.${group.kind}`)}
              </p>
              {group.options.map((option) => {
                const selected = options[active]?.id === option.id;
                return (
                  // biome-ignore lint/a11y/useFocusableInteractive: the field keeps the focus (aria-activedescendant).
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the field's arrows and Enter choose options.
                  <div
                    key={option.id}
                    id={option.id}
                    role="option"
                    aria-selected={selected}
                    className={selected ? 'header-result active' : 'header-result'}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => open(option)}
                  >
                    <span className="header-result-label" lang={option.lang}>
                      {option.label}
                    </span>
                    <span className="header-result-detail small muted">{option.detail}</span>
                  </div>
                );
              })}
            </div>
          ),
        )}
      </div>
      <Link className="header-results-all" to={all} onClick={onClose}>
        {t('search.everything.seeAll', { q: settled })}
      </Link>
    </div>
  );
}

function toGroups(results: EverythingResults | undefined, t: Translate, prefix: string) {
  const options: Record<Kind, Option[]> = {
    people: (results?.people ?? []).map((person) => ({
      id: `${prefix}-person-${person.id}`,
      to: `/members/${person.handle}`,
      label: person.name,
      detail: [person.headline, person.organisation].filter(Boolean).join(' · '),
    })),
    threads: (results?.threads ?? []).map((hit) => ({
      id: `${prefix}-thread-${hit.thread.id}`,
      to: `/threads/${hit.thread.id}${hit.replyId ? `#reply-${hit.replyId}` : ''}`,
      label: hit.thread.title,
      lang: hit.thread.language,
      detail: <SnippetText parts={hit.snippet} lang={hit.snippetLanguage} />,
    })),
    meetups: (results?.meetups ?? []).map((meetup) => ({
      id: `${prefix}-meetup-${meetup.id}`,
      to: `/meetups/${meetup.id}`,
      label: meetup.title,
      detail: meetup.seriesName,
    })),
    messages: (results?.messages ?? []).map((hit) => ({
      id: `${prefix}-message-${hit.messageId}`,
      to: `/chat/${hit.roomId}?message=${hit.messageId}`,
      label: `${authorLabel(t, hit.author)} · ${roomLabel(t, hit)}`,
      detail: <SnippetText parts={hit.snippet} lang={hit.snippetLanguage} />,
    })),
  };
  return KINDS.map((kind) => ({ kind, options: options[kind] }));
}

import { useEffect, useRef, useState } from 'react';
import { draftKey, readDraft, writeDraft } from '../../lib/drafts.ts';
import { useMe } from '../../lib/session.ts';

export interface DraftOptions {
  /** The place written in, e.g. `reply:<thread id>`, `room:<id>`, `edit-reply:<id>`. */
  target: string;
  /** What the field held before any writing (an edit's saved text): not a draft. */
  original?: string;
}

/**
 * Keeps the text as a draft of the signed-in member while it differs from the original, puts a
 * stored draft back when the composer opens, and follows other tabs writing the same draft.
 */
export function useDraft(
  options: DraftOptions | null,
  value: string,
  onChange: (value: string) => void,
) {
  const me = useMe().data;
  const key = me && options ? draftKey(me.id, options.target) : null;
  const original = options?.original ?? '';
  const [kept, setKept] = useState(false);
  const restoredFor = useRef<string | null>(null);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    if (!key) return;
    if (restoredFor.current !== key) {
      // A page kept on screen for another place (a link from one thread to the next): what was
      // written stays with the first place, and the field takes the new place's draft or none.
      const movedOn = restoredFor.current !== null;
      restoredFor.current = key;
      const saved = readDraft(key);
      const next = saved ?? (movedOn ? original : value);
      if (next !== value) {
        change.current(next);
        setKept(saved !== null);
        return;
      }
    }
    const draft = value === original ? '' : value;
    writeDraft(key, draft);
    setKept(draft.trim() !== '');
  }, [key, value, original]);

  useEffect(() => {
    if (!key) return;
    const followOtherTab = (event: StorageEvent) => {
      if (event.key === key) change.current(event.newValue ?? original);
    };
    window.addEventListener('storage', followOtherTab);
    return () => window.removeEventListener('storage', followOtherTab);
  }, [key, original]);

  return {
    kept,
    discard() {
      if (key) writeDraft(key, '');
      setKept(false);
      change.current(original);
    },
  };
}

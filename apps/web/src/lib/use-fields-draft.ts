import { useEffect, useRef } from 'react';
import { draftKey, readDraft, writeDraft } from './drafts.ts';
import { useMe } from './session.ts';

export interface FieldsDraft<T> {
  /** The place, a part of the form's draft (`new-thread.fields`), so forgetting the form forgets it. */
  target: string;
  fields: T;
  /** The fields hold nothing the member chose: there is no draft to keep. */
  empty: boolean;
  /**
   * Puts a stored draft back. It comes from storage, written by another version of the page
   * perhaps: take only what is still valid.
   */
  restore(stored: unknown): void;
  /** Another tab posted or discarded the form: back to empty. */
  clear(): void;
}

/**
 * The fields of a form that are not Markdown (a title, a kind, tags…) as one JSON draft of the
 * signed-in member, beside the drafts its Markdown fields keep themselves: put back when the form
 * opens, forgotten when the fields are empty again, and followed from other tabs.
 */
export function useFieldsDraft<T>({ target, fields, empty, restore, clear }: FieldsDraft<T>) {
  const me = useMe().data;
  const key = me ? draftKey(me.id, target) : null;
  const json = JSON.stringify(fields);
  const restoredFor = useRef<string | null>(null);
  const callbacks = useRef({ restore, clear });
  callbacks.current = { restore, clear };

  useEffect(() => {
    if (!key) return;
    if (restoredFor.current !== key) {
      restoredFor.current = key;
      const saved = parse(readDraft(key));
      if (saved !== undefined) {
        // Writes once the restored fields render: the first render's empty ones would erase it.
        callbacks.current.restore(saved);
        return;
      }
    }
    writeDraft(key, empty ? '' : json);
  }, [key, json, empty]);

  useEffect(() => {
    if (!key) return;
    const followOtherTab = (event: StorageEvent) => {
      if (event.key !== key) return;
      const saved = parse(event.newValue);
      if (saved === undefined) callbacks.current.clear();
      else callbacks.current.restore(saved);
    };
    window.addEventListener('storage', followOtherTab);
    return () => window.removeEventListener('storage', followOtherTab);
  }, [key]);
}

function parse(stored: string | null): unknown {
  if (stored === null) return undefined;
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    return undefined;
  }
}

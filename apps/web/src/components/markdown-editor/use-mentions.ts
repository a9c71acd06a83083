import type { MentionSuggestion } from '@praxis/contracts/writing';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, type RefObject, useState } from 'react';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { type MentionPlace, mentionSuggestionsOptions } from './editor-queries.ts';
import { insertMention, type MentionTyped, mentionAt } from './mention-token.ts';

/**
 * The `@` autocomplete of one field: follows the caret, asks the server who may be mentioned
 * there once typing pauses, and handles the list's keys (arrows, Enter or Tab to pick, Escape to
 * close). `onKeyDown` says whether it used the key, so the composer's own keys (Enter sends in
 * a chat) wait while the list is open.
 */
export function useMentions({
  place,
  field,
  value,
  onChange,
}: {
  place: MentionPlace | null;
  field: RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange(value: string): void;
}) {
  const [mention, setMention] = useState<MentionTyped | null>(null);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const typed = useDebouncedValue(mention?.typed ?? '', 150);
  const open = place !== null && mention !== null && dismissedAt !== mention.start;
  const query = useQuery({
    ...mentionSuggestionsOptions(place ?? { network: true }, typed),
    enabled: open && typed !== '' && mention?.typed.startsWith(typed) === true,
  });
  const members: readonly MentionSuggestion[] = open && typed ? (query.data?.members ?? []) : [];
  const current = Math.min(active, Math.max(members.length - 1, 0));

  /** After every change of text or caret: is the caret in an `@mention`? */
  function follow() {
    const textarea = field.current;
    if (!textarea || textarea.selectionStart !== textarea.selectionEnd) return setMention(null);
    const found = mentionAt(textarea.value, textarea.selectionStart);
    if (found?.start !== mention?.start || found?.typed !== mention?.typed) setActive(0);
    setMention(found);
  }

  function pick(member: MentionSuggestion) {
    const textarea = field.current;
    if (!textarea || !mention) return;
    const next = insertMention(value, textarea.selectionStart, mention, member.handle);
    onChange(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(next.caret, next.caret);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open || members.length === 0 || event.nativeEvent.isComposing) return false;
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      setActive((current + step + members.length) % members.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const member = members[current];
      if (member) pick(member);
    } else if (event.key === 'Escape') {
      setDismissedAt(mention.start);
    } else {
      return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  }

  return {
    members,
    active: current,
    open: members.length > 0,
    /** No one by those letters here (said once the server answered). */
    nobody: open && typed !== '' && query.isSuccess && members.length === 0,
    follow,
    /** The field lost the focus: the list goes (a press on an option keeps the focus). */
    close: () => setMention(null),
    pick,
    onKeyDown,
  };
}

import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useT } from '../lib/i18n/use-t.tsx';
import { RemovableTag } from './tag-list.tsx';

interface TagInputProps {
  label: string;
  hint?: string;
  tags: string[];
  onChange(tags: string[]): void;
  error?: string | undefined;
  max?: number;
  id?: string;
}

/**
 * Tags typed one by one: Enter or a comma adds what was typed, each chip has its own remove
 * button, and what is added or removed is announced. Text left in the box is added when focus
 * leaves it, so a tag typed just before saving is not lost.
 */
export function TagInput({ label, hint, tags, onChange, error, max = 15, id }: TagInputProps) {
  const t = useT();
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);

  function add(candidates: string[]): string[] {
    let next = tags;
    const said: string[] = [];
    for (const candidate of candidates) {
      const tag = candidate.trim().replace(/\s+/g, ' ').toLowerCase();
      if (!tag) continue;
      if (next.includes(tag)) {
        said.push(t('common.tagInput.alreadyAdded', { tag }));
      } else if (next.length >= max) {
        said.push(t('common.tagInput.atMost', { max }));
        break;
      } else {
        next = [...next, tag];
        said.push(t('common.tagInput.added', { tag }));
      }
    }
    if (next !== tags) onChange(next);
    if (said.length > 0) setAnnouncement(said.join(' '));
    return next;
  }

  function remove(tag: string) {
    onChange(tags.filter((existing) => existing !== tag));
    setAnnouncement(t('common.tagInput.removed', { tag }));
    input.current?.focus();
  }

  function type(value: string) {
    if (!value.includes(',')) {
      setText(value);
      return;
    }
    const parts = value.split(',');
    const rest = parts.pop() ?? '';
    add(parts);
    setText(rest);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && text.trim()) {
      event.preventDefault();
      add([text]);
      setText('');
    }
  }

  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <p className="field-hint" id={hintId}>
        {hint ? `${hint} ` : ''}
        {t('common.tagInput.howTo')}
      </p>
      <div className={`tag-editor${error ? ' tag-editor-invalid' : ''}`}>
        {tags.length > 0 && (
          <ul className="tag-editor-list" aria-label={label}>
            {tags.map((tag) => (
              <RemovableTag key={tag} name={tag} onRemove={() => remove(tag)} />
            ))}
          </ul>
        )}
        <input
          ref={input}
          id={inputId}
          type="text"
          value={text}
          autoComplete="off"
          enterKeyHint="enter"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text.trim()) {
              add([text]);
              setText('');
            }
          }}
        />
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

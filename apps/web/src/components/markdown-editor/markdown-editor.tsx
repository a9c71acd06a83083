import { useQuery } from '@tanstack/react-query';
import {
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { useT } from '../../lib/i18n/use-t.tsx';
import { CookedHtml } from '../cooked-html.tsx';
import { type MentionPlace, markdownPreviewOptions } from './editor-queries.ts';
import { MentionList } from './mention-list.tsx';
import { type DraftOptions, useDraft } from './use-draft.ts';
import { useMentions } from './use-mentions.ts';
import './markdown-editor.css';

export type { MentionPlace } from './editor-queries.ts';
export type { DraftOptions as MarkdownDraft } from './use-draft.ts';

type TextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'
>;

/**
 * Every composer's Markdown field: Write or Preview (the server's own cooking, as it will be
 * stored), `@` suggestions of the members who can read it where it is written, and a draft kept
 * in this browser until it is sent or discarded.
 */
export function MarkdownEditor({
  id: givenId,
  label,
  labelHidden = false,
  hint,
  error,
  invalid = false,
  value,
  onChange,
  mentionsIn,
  draft,
  suggestionsAbove = false,
  describedBy,
  textareaRef,
  footer,
  onKeyDown,
  ...textarea
}: TextareaProps & {
  id?: string | undefined;
  label: string;
  labelHidden?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  /** Wrong although no error is written under it (a chat says so in its own line). */
  invalid?: boolean | undefined;
  value: string;
  onChange(value: string): void;
  /** Where it is written, for `@` suggestions; null suggests no one. */
  mentionsIn: MentionPlace | null;
  draft: DraftOptions | null;
  /** The list opens upwards, for a field at the foot of the screen (a chat). */
  suggestionsAbove?: boolean;
  /** Ids of other text describing the field (a chat's room name). */
  describedBy?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
  /** Shown beside the draft line (a chat's length notice). */
  footer?: ReactNode;
}) {
  const t = useT();
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const field = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(textareaRef, () => field.current as HTMLTextAreaElement, []);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const kept = useDraft(draft, value, onChange);
  const mentions = useMentions({ place: mentionsIn, field, value, onChange });
  const preview = useQuery({
    ...markdownPreviewOptions(value),
    enabled: mode === 'preview' && value.trim() !== '',
  });
  const listId = `${id}-mentions`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!mentions.onKeyDown(event)) onKeyDown?.(event);
  }

  function show(next: 'write' | 'preview') {
    setMode(next);
    if (next === 'write') requestAnimationFrame(() => field.current?.focus());
  }

  return (
    <div className="field markdown-editor">
      <div className="markdown-editor-head">
        <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
          {label}
        </label>
        <fieldset className="markdown-editor-modes">
          <legend className="visually-hidden">{t('writing.editor.modes')}</legend>
          {(['write', 'preview'] as const).map((each) => (
            <button
              key={each}
              type="button"
              className="markdown-editor-mode"
              aria-pressed={mode === each}
              onClick={() => show(each)}
            >
              {t(each === 'write' ? 'writing.editor.write' : 'writing.editor.preview')}
            </button>
          ))}
        </fieldset>
      </div>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="markdown-editor-body">
        <textarea
          {...textarea}
          ref={field}
          id={id}
          hidden={mode === 'preview'}
          value={value}
          aria-invalid={error || invalid ? true : undefined}
          aria-describedby={[describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined}
          aria-autocomplete={mentionsIn ? 'list' : undefined}
          aria-controls={mentions.open ? listId : undefined}
          aria-activedescendant={mentions.open ? `${listId}-${mentions.active}` : undefined}
          onChange={(event) => {
            onChange(event.target.value);
            mentions.follow();
          }}
          onSelect={mentions.follow}
          onBlur={mentions.close}
          onKeyDown={keyDown}
        />
        {mode === 'write' && mentions.open && (
          <MentionList
            id={listId}
            label={t('writing.mentions.label')}
            members={mentions.members}
            active={mentions.active}
            onPick={mentions.pick}
            above={suggestionsAbove}
          />
        )}
        {mode === 'preview' && (
          <section
            id={`${id}-preview`}
            className="markdown-preview"
            aria-label={t('writing.editor.previewOf', { label })}
            aria-busy={preview.isFetching}
          >
            {value.trim() === '' ? (
              <p className="muted">{t('writing.editor.previewEmpty')}</p>
            ) : preview.error ? (
              <p className="field-error">{preview.error.message}</p>
            ) : preview.data ? (
              <CookedHtml html={preview.data.html} />
            ) : (
              <p className="muted">{t('writing.editor.previewLoading')}</p>
            )}
          </section>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {mode === 'write' && mentions.open
          ? t('writing.mentions.found', { count: mentions.members.length })
          : mentions.nobody
            ? t('writing.mentions.nobody')
            : ''}
      </p>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {(kept.kept || footer) && (
        <div className="markdown-editor-foot">
          {footer}
          {kept.kept && (
            <p className="markdown-editor-draft small muted">
              {t('writing.draft.kept')}{' '}
              <button type="button" className="button-link" onClick={kept.discard}>
                {t('writing.draft.discard')}
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

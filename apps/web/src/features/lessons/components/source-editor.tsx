import type { LessonSource } from '@praxis/contracts/lessons';
import { useState } from 'react';
import { Link } from 'react-router';
import { formErrors } from '../../../components/form-errors.ts';
import { useAddLessonSource } from '../../../lib/api/start-lesson.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useRemoveLessonSource } from '../api/remove-source.ts';
import { sourceFromAddress } from '../source-address.ts';
import { sourceHref } from './lesson-sources.tsx';

/**
 * A lesson's sources while it is written: each can be removed, and another added by pasting its
 * address; what the server refuses (not solved, not allowed) is said under the field.
 */
export function SourceEditor({ lessonId, sources }: { lessonId: string; sources: LessonSource[] }) {
  const t = useT();
  const add = useAddLessonSource();
  const remove = useRemoveLessonSource();
  const [address, setAddress] = useState('');
  const [unreadable, setUnreadable] = useState(false);
  const error = unreadable
    ? t('lessons.editor.sourceUnreadable')
    : (formErrors(add.error).message ?? undefined);

  function addSource() {
    const source = sourceFromAddress(address);
    setUnreadable(source === null);
    if (!source) return;
    add.mutate({ lessonId, source }, { onSuccess: () => setAddress('') });
  }

  return (
    <fieldset>
      <legend>{t('lessons.sources.heading')}</legend>
      {sources.length === 0 ? (
        <p className="muted">{t('lessons.sources.none')}</p>
      ) : (
        <ul className="lesson-sources lesson-editor-sources">
          {sources.map((source) => (
            <li key={source.id}>
              <span>
                <span className="small muted">{t(`lessons.sourceKind.${source.kind}`)}</span>{' '}
                <Link to={sourceHref(source)}>{source.title}</Link>
              </span>
              <button
                type="button"
                className="button-link"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ lessonId, sourceId: source.id })}
              >
                {t('lessons.editor.removeSource', { kind: source.kind, title: source.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {remove.isError && (
        <p className="field-error" role="alert">
          {formErrors(remove.error).message}
        </p>
      )}
      <div className="field">
        <label htmlFor="lesson-source-address">{t('lessons.editor.addSourceLabel')}</label>
        <p className="field-hint" id="lesson-source-address-hint">
          {t('lessons.editor.addSourceHint')}
        </p>
        <div className="library-search">
          <input
            id="lesson-source-address"
            type="text"
            inputMode="url"
            autoComplete="off"
            value={address}
            aria-invalid={error ? true : undefined}
            aria-describedby={`lesson-source-address-hint${error ? ' lesson-source-address-error' : ''}`}
            onChange={(event) => setAddress(event.target.value)}
            onKeyDown={(event) => {
              // Inside the lesson's form, Enter adds the source rather than saving the lesson.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              addSource();
            }}
          />
          <button
            type="button"
            className="button-secondary"
            disabled={add.isPending || address.trim() === ''}
            onClick={addSource}
          >
            {t('lessons.editor.addSource')}
          </button>
        </div>
        {error && (
          <p className="field-error" id="lesson-source-address-error">
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}

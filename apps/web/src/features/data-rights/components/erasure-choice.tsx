import type { ErasureMode } from '@praxis/contracts/data-rights';
import { useT } from '../../../lib/i18n/use-t.tsx';

const MODES = {
  self: [
    {
      mode: 'keep_posts',
      label: 'dataRights.mode.keepPosts',
      hint: 'dataRights.mode.keepPostsHint',
    },
    {
      mode: 'erase_posts',
      label: 'dataRights.mode.erasePosts',
      hint: 'dataRights.mode.erasePostsHint',
    },
  ],
  member: [
    {
      mode: 'keep_posts',
      label: 'dataRights.memberMode.keepPosts',
      hint: 'dataRights.memberMode.keepPostsHint',
    },
    {
      mode: 'erase_posts',
      label: 'dataRights.memberMode.erasePosts',
      hint: 'dataRights.memberMode.erasePostsHint',
    },
  ],
} as const;

/** What becomes of the posts: kept as a former member's, or erased; told to them or to an admin. */
export function ErasureChoice({
  whose = 'self',
  mode,
  onChange,
  error,
}: {
  whose?: 'self' | 'member';
  mode: ErasureMode | null;
  onChange(mode: ErasureMode): void;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <fieldset className="erasure-choice" aria-invalid={error ? true : undefined}>
      <legend>
        {t(whose === 'self' ? 'dataRights.mode.legend' : 'dataRights.memberMode.legend')}
      </legend>
      {MODES[whose].map((option) => {
        const id = `erasure-${option.mode}`;
        return (
          <div className="erasure-option" key={option.mode}>
            <input
              id={id}
              type="radio"
              name="erasure-mode"
              value={option.mode}
              checked={mode === option.mode}
              onChange={() => onChange(option.mode)}
              aria-describedby={`${id}-hint`}
            />
            <label htmlFor={id}>{t(option.label)}</label>
            <p className="field-hint" id={`${id}-hint`}>
              {t(option.hint)}
            </p>
          </div>
        );
      })}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

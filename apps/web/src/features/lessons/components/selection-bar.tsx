import { MAX_LESSON_EXPORT } from '@praxis/contracts/lessons';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { exportHref } from '../api/export-lessons.ts';

/** What to do with the lessons picked in the list: download them as Markdown, or print them. */
export function SelectionBar({
  selected,
  onClear,
  allHref,
}: {
  /** Picked lessons' ids and titles. */
  selected: Map<string, string>;
  onClear(): void;
  /** The export of every lesson the list's filters find, offered while none is picked. */
  allHref: string | null;
}) {
  const t = useT();
  const ids = [...selected.keys()];
  return (
    <div className="selection-bar">
      <p className="small" aria-live="polite">
        {ids.length === 0
          ? t('lessons.selection.none')
          : t('lessons.selection.count', { count: ids.length })}
      </p>
      {ids.length === 0 && allHref && (
        <a className="button-link" href={allHref} download>
          {t('lessons.library.exportAll')}
        </a>
      )}
      {ids.length > MAX_LESSON_EXPORT && (
        <p className="field-error">{t('lessons.selection.tooMany', { max: MAX_LESSON_EXPORT })}</p>
      )}
      {ids.length > 0 && ids.length <= MAX_LESSON_EXPORT && (
        <div className="button-row">
          <a className="button-secondary" href={exportHref(ids)} download>
            {t('lessons.selection.export')}
          </a>
          <Link className="button-secondary" to={`/library/print?ids=${ids.join(',')}`}>
            {t('lessons.selection.print')}
          </Link>
          <button type="button" className="button-link" onClick={onClear}>
            {t('lessons.selection.clear')}
          </button>
        </div>
      )}
    </div>
  );
}

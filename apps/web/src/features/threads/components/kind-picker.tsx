import type { ThreadKind } from '@praxis/contracts/threads';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** Announcements are the organisers' to make. */
export function KindPicker({
  kind,
  kinds,
  onChange,
  error,
}: {
  kind: ThreadKind;
  kinds: ThreadKind[];
  onChange(kind: ThreadKind): void;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <fieldset className="kind-picker" aria-describedby={error ? 'kind-error' : undefined}>
      <legend>{t('threads.kindPicker.legend')}</legend>
      {kinds.map((option) => (
        <div key={option} className={`kind-option${option === kind ? ' kind-option-on' : ''}`}>
          <input
            type="radio"
            id={`kind-${option}`}
            name="kind"
            value={option}
            checked={option === kind}
            aria-describedby={`kind-${option}-hint`}
            onChange={() => onChange(option)}
          />
          <div>
            <label htmlFor={`kind-${option}`} className="kind-name">
              {t(`common.threadKind.${option}`)}
            </label>
            <p id={`kind-${option}-hint`} className="small muted">
              {t(`threads.kindPicker.description.${option}`)}
            </p>
          </div>
        </div>
      ))}
      {error && (
        <p className="field-error" id="kind-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

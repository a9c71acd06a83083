import type { ThreadKind } from '@praxis/contracts/threads';
import { KIND_NAMES } from '../../../components/thread-kind-badge.tsx';

const DESCRIPTIONS: Record<ThreadKind, string> = {
  question: 'Ask the network for advice; mark it solved when a reply answers it.',
  success: 'Something that worked: the context, what you tried, what happened, what you learned.',
  failure: 'Something that did not work, told so that others can learn from it.',
  discussion: 'Talk an idea or a topic through with the network.',
  announcement: 'News for everyone, from the organisers.',
};

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
  return (
    <fieldset className="kind-picker" aria-describedby={error ? 'kind-error' : undefined}>
      <legend>What kind of thread?</legend>
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
              {KIND_NAMES[option]}
            </label>
            <p id={`kind-${option}-hint`} className="small muted">
              {DESCRIPTIONS[option]}
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

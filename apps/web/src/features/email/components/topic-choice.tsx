import type { EmailMode, EmailTopic } from '@praxis/contracts/email';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { MODES, TOPICS } from '../topic-descriptions.ts';

/** One topic's radio group: Instant, In my daily summary or Off, with what the topic covers. */
export function TopicChoice({
  topic,
  mode,
  onChange,
}: {
  topic: EmailTopic;
  mode: EmailMode;
  onChange(mode: EmailMode): void;
}) {
  const t = useT();
  const hintId = `email-topic-${topic}-hint`;
  return (
    <fieldset className="email-topic" aria-describedby={hintId}>
      <legend>{t(TOPICS[topic].label)}</legend>
      <p className="field-hint" id={hintId}>
        {t(TOPICS[topic].hint)}
      </p>
      <div className="email-modes">
        {MODES.map((option) => {
          const id = `email-topic-${topic}-${option.mode}`;
          return (
            <div className="email-mode" key={option.mode}>
              <input
                id={id}
                type="radio"
                name={`email-topic-${topic}`}
                value={option.mode}
                checked={mode === option.mode}
                onChange={() => onChange(option.mode)}
              />
              <label htmlFor={id}>{t(option.label)}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

import type { PushTopic } from '@praxis/contracts/email';
import { Link } from 'react-router';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { TOPICS } from '../topic-descriptions.ts';

const PUSHED: PushTopic[] = ['direct_messages', 'mentions', 'advice', 'meetup_news', 'practice'];

/** Which topics reach the member's devices by push: apart from how they are mailed. */
export function PushChoices({
  push,
  onChange,
}: {
  push: Record<PushTopic, boolean>;
  onChange(topic: PushTopic, on: boolean): void;
}) {
  const t = useT();
  return (
    <fieldset className="email-topic push-topics" aria-describedby="push-topics-hint">
      <legend>{t('email.push.heading')}</legend>
      <p className="field-hint" id="push-topics-hint">
        <T
          id="email.push.hint"
          values={{ devices: (chunks) => <Link to="/account#push-devices">{chunks}</Link> }}
        />
      </p>
      {PUSHED.map((topic) => (
        <div className="checkbox-field" key={topic}>
          <input
            id={`push-topic-${topic}`}
            type="checkbox"
            checked={push[topic]}
            onChange={(event) => onChange(topic, event.target.checked)}
          />
          <label htmlFor={`push-topic-${topic}`}>{t(TOPICS[topic].label)}</label>
        </div>
      ))}
    </fieldset>
  );
}

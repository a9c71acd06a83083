import { useT } from '../../../lib/i18n/use-t.tsx';

const TERMS = [
  'scope',
  'months',
  'answered',
  'solution',
  'unanswered',
  'stories',
  'advice',
  'active',
  'neverCameBack',
  'funnel',
] as const;

/** How each figure is counted, in the words the page uses. */
export function Definitions() {
  const t = useT();
  return (
    <section className="outcome-section outcome-definitions" aria-labelledby="outcomes-definitions">
      <h2 id="outcomes-definitions">{t('outcomes.definitions.title')}</h2>
      <dl>
        {TERMS.map((term) => (
          <div key={term}>
            <dt>{t(`outcomes.definitions.${term}.term`)}</dt>
            <dd>{t(`outcomes.definitions.${term}.text`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import type { LessonDetail, LessonSource } from '@praxis/contracts/lessons';
import { type FormEvent, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useAnswerReview } from '../api/answer-review.ts';

/**
 * For the author of a source the lesson draws on, asked before it is published: may the lesson
 * quote and name them, and, for a source only some cohorts see, may it reach the whole network.
 */
export function ReviewPanel({ lesson }: { lesson: LessonDetail }) {
  const t = useT();
  const asked = lesson.sources.filter((source) => lesson.reviewsForMe.includes(source.id));
  const [answered, setAnswered] = useState(false);
  if (asked.length === 0) {
    return answered ? <Alert tone="success">{t('lessons.review.thanks')}</Alert> : null;
  }
  return (
    <section className="review-panel" aria-labelledby="review-panel-heading">
      <h2 id="review-panel-heading">{t('lessons.review.heading')}</h2>
      <p>{t('lessons.review.intro')}</p>
      {asked.map((source) => (
        <SourceAnswer
          key={source.id}
          lessonId={lesson.id}
          source={source}
          onAnswered={() => setAnswered(true)}
        />
      ))}
    </section>
  );
}

function SourceAnswer({
  lessonId,
  source,
  onAnswered,
}: {
  lessonId: string;
  source: LessonSource;
  onAnswered(): void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const answer = useAnswerReview();
  const [quote, setQuote] = useState<boolean | null>(null);
  const [widen, setWiden] = useState(false);
  const [missing, setMissing] = useState(false);
  const cohortOnly = source.audience.length > 0;

  function send(event: FormEvent) {
    event.preventDefault();
    if (quote === null) {
      setMissing(true);
      return;
    }
    answer.mutate(
      { lessonId, sourceId: source.id, answer: { quote, widen: quote && widen } },
      { onSuccess: onAnswered },
    );
  }

  return (
    <form onSubmit={send} className="review-answer" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>{t(`lessons.sourceKind.${source.kind}`)}</strong> {source.title}
      </p>
      <fieldset aria-describedby={missing ? `${id}-missing` : undefined}>
        <legend>{t('lessons.review.quoteLegend')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-quote`}
            checked={quote === true}
            onChange={() => {
              setQuote(true);
              setMissing(false);
            }}
          />
          {t('lessons.review.agree')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-quote`}
            checked={quote === false}
            onChange={() => {
              setQuote(false);
              setMissing(false);
            }}
          />
          {t('lessons.review.decline')}
        </label>
        {missing && (
          <p className="field-error" id={`${id}-missing`}>
            {t('lessons.review.chooseFirst')}
          </p>
        )}
      </fieldset>
      {cohortOnly && quote !== false && (
        <label>
          <input
            type="checkbox"
            checked={widen}
            onChange={(event) => setWiden(event.target.checked)}
          />
          <span>
            {t('lessons.review.widen', {
              cohorts: formatList(
                intl,
                source.audience.map((cohort) => cohort.name),
              ),
            })}
          </span>
        </label>
      )}
      {answer.isError && <Alert tone="error">{formErrors(answer.error).message}</Alert>}
      <button type="submit" className="button-primary" disabled={answer.isPending}>
        {t('lessons.review.send')}
      </button>
    </form>
  );
}

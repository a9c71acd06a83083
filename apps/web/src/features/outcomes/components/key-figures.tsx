import type { Outcomes } from '@praxis/contracts/outcomes';
import { useIntl } from 'react-intl';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** A duration in hours as people say it: hours up to two days, days beyond. */
function useDuration() {
  const t = useT();
  return (hours: number | null) => {
    if (hours === null) return t('outcomes.figures.noDuration');
    if (hours < 48) return t('outcomes.figures.hours', { hours });
    return t('outcomes.figures.days', { days: Math.round((hours / 24) * 10) / 10 });
  };
}

/** The period's headline numbers, as a list of terms and values. */
export function KeyFigures({ outcomes }: { outcomes: Outcomes }) {
  const t = useT();
  const intl = useIntl();
  const duration = useDuration();
  const { questions, stories, advice, newcomers } = outcomes;
  const share = (part: number, whole: number) =>
    whole === 0 ? '' : ` (${intl.formatNumber(part / whole, { style: 'percent' })})`;
  const figures: [string, string][] = [
    [t('outcomes.figures.questionsAsked'), intl.formatNumber(questions.asked)],
    [
      t('outcomes.figures.questionsAnswered'),
      `${intl.formatNumber(questions.answered)}${share(questions.answered, questions.asked)}`,
    ],
    [
      t('outcomes.figures.questionsSolved'),
      `${intl.formatNumber(questions.solved)}${share(questions.solved, questions.asked)}`,
    ],
    [t('outcomes.figures.toFirstAnswer'), duration(questions.medianHoursToFirstAnswer)],
    [t('outcomes.figures.toSolution'), duration(questions.medianHoursToSolution)],
    [t('outcomes.figures.unanswered'), intl.formatNumber(questions.unansweredOverAWeek)],
    [t('outcomes.figures.successStories'), intl.formatNumber(stories.success)],
    [t('outcomes.figures.failureStories'), intl.formatNumber(stories.failure)],
    [t('outcomes.figures.adviceAsked'), intl.formatNumber(advice.asked)],
    [
      t('outcomes.figures.adviceAnswered'),
      `${intl.formatNumber(advice.answered)}${share(advice.answered, advice.asked)}`,
    ],
    [t('outcomes.figures.joined'), intl.formatNumber(newcomers.joined)],
    [
      t('outcomes.figures.neverCameBack'),
      `${intl.formatNumber(newcomers.neverCameBack)}${share(newcomers.neverCameBack, newcomers.joined)}`,
    ],
  ];
  return (
    <dl className="key-figures">
      {figures.map(([term, value]) => (
        <div key={term} className="key-figure">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

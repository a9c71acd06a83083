import type { Outcomes } from '@praxis/contracts/outcomes';
import { useIntl } from 'react-intl';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** Which members and months the figures are about, in one sentence. */
export function ScopeLine({ outcomes }: { outcomes: Outcomes }) {
  const t = useT();
  const intl = useIntl();
  const month = (value: string) => {
    const [year = 0, number = 1] = value.split('-').map(Number);
    return intl.formatDate(Date.UTC(year, number - 1, 1), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  };
  const who = outcomes.cohort
    ? t('outcomes.scope.cohort', { name: outcomes.cohort.name })
    : outcomes.programme
      ? t('outcomes.scope.programme', { name: outcomes.programme.name })
      : t('outcomes.scope.network');
  return (
    <p className="outcome-scope">
      {t('outcomes.scope.line', {
        who,
        from: month(outcomes.period.from),
        to: month(outcomes.period.to),
      })}
    </p>
  );
}

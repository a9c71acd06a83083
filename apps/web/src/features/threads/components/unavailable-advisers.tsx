import type { UnavailableAdviser } from '@praxis/contracts/advice';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** Matching advisers who take no request now, greyed, with why and until when. */
export function UnavailableAdvisers({ advisers }: { advisers: UnavailableAdviser[] }) {
  const t = useT();
  const intl = useIntl();
  const day = (iso: string) =>
    intl.formatDate(new Date(`${iso}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <section aria-labelledby="unavailable-heading" className="unavailable-advisers">
      <h3 id="unavailable-heading">{t('threads.advice.unavailableHeading')}</h3>
      <ul className="adviser-list">
        {advisers.map(({ member, unavailable }) => (
          <li key={member.id} className="adviser adviser-unavailable">
            <div>
              <p className="adviser-name">
                <Link to={`/members/${member.handle}`}>{member.name}</Link>
              </p>
              <p className="small">
                {unavailable.kind === 'away'
                  ? t('threads.advice.awayUntil', { until: day(unavailable.until) })
                  : t('threads.advice.fullUntil', { freeFrom: day(unavailable.freeFrom) })}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

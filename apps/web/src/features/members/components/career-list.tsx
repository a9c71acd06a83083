import type { Position } from '@praxis/contracts/positions';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** "2024-03" as the reader's language writes a month: "March 2024", "mars 2024". */
export function useMonth() {
  const { locale } = useIntl();
  return (month: string) =>
    new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
}

/** A member's posts, newest first, each with its level, policy area and months. */
export function CareerList({
  positions,
  actions,
}: {
  positions: Position[];
  actions?: (position: Position) => ReactNode;
}) {
  const t = useT();
  const month = useMonth();
  return (
    <ul className="career">
      {positions.map((position) => (
        <li key={position.id}>
          <span className="career-role">{position.role}</span>, {position.organisation}
          {position.current && (
            <>
              {' '}
              <span className="role-badge">{t('careers.history.current')}</span>
            </>
          )}
          <p className="career-meta">
            {[
              t('careers.history.span', {
                from: month(position.from),
                to: position.to ? month(position.to) : t('careers.history.now'),
              }),
              t(`careers.level.${position.level}`),
              position.policyArea,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {actions?.(position)}
        </li>
      ))}
    </ul>
  );
}

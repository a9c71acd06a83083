import {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  type AuditActionName,
  type AuditEntry,
  type AuditTargetType,
} from '@praxis/contracts/audit';
import { Role } from '@praxis/contracts/members';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { LabelledCell } from '../../../components/stacked-table.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { actionLabel, targetLabel } from './audit-filters.tsx';

const isAction = (action: string): action is AuditActionName =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);
const isTargetType = (type: string): type is AuditTargetType =>
  (AUDIT_TARGET_TYPES as readonly string[]).includes(type);

/** Where a target can be opened in the app, for the kinds that have a page. */
function targetPath({ type, id }: AuditEntry['target']): string | null {
  if (!id) return null;
  if (type === 'thread') return `/threads/${id}`;
  if (type === 'meetup') return `/meetups/${id}`;
  if (type === 'series') return `/meetups/series/${id}`;
  if (type === 'cohort') return `/cohorts/${id}`;
  return null;
}

/** The entries as a table; on a phone each becomes a card with its labels. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  const intl = useIntl();
  const column = {
    when: t('audit.table.when'),
    who: t('audit.table.who'),
    action: t('audit.table.action'),
    target: t('audit.table.target'),
    reason: t('audit.table.reason'),
  };
  return (
    <table className="table stacked-table audit-table">
      <caption className="visually-hidden">{t('audit.table.caption')}</caption>
      <thead>
        <tr>
          {Object.values(column).map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const path = targetPath(entry.target);
          const label = entry.target.label || entry.target.id;
          const change = roleChange(entry.details);
          return (
            <tr key={entry.id}>
              <LabelledCell label={column.when}>
                <time dateTime={entry.at}>
                  {intl.formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </LabelledCell>
              <LabelledCell label={column.who}>
                {entry.actor.handle ? (
                  <Link to={`/members/${entry.actor.handle}`}>{entry.actor.name}</Link>
                ) : (
                  entry.actor.name || <span className="muted">{t('audit.entry.formerMember')}</span>
                )}
              </LabelledCell>
              <LabelledCell label={column.action}>
                {isAction(entry.action) ? t(actionLabel(entry.action)) : entry.action}
                {change && (
                  <div className="muted small">
                    {t('audit.entry.roleChange', {
                      from: t(`common.role.${change.from}`),
                      to: t(`common.role.${change.to}`),
                    })}
                  </div>
                )}
              </LabelledCell>
              <LabelledCell label={column.target}>
                <span className="audit-target-type">
                  {isTargetType(entry.target.type)
                    ? t(targetLabel(entry.target.type))
                    : entry.target.type}
                </span>{' '}
                {path && label ? <Link to={path}>{label}</Link> : label}
              </LabelledCell>
              <LabelledCell label={column.reason}>{entry.reason}</LabelledCell>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function roleChange(details: AuditEntry['details']) {
  const from = Role.safeParse(details?.from);
  const to = Role.safeParse(details?.to);
  return from.success && to.success ? { from: from.data, to: to.data } : null;
}

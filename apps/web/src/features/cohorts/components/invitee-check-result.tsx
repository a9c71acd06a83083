import type { InviteeListCheck } from '@praxis/contracts/invitations';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { LabelledCell } from '../../../components/stacked-table.tsx';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/**
 * The checked list, row by row: who will be invited and which rows are wrong and why. Those who
 * already have an account are offered beside it (existing-members-panel.tsx).
 */
export function InviteeCheckResult({
  result,
  sending,
  error,
  onConfirm,
}: {
  result: InviteeListCheck;
  sending: boolean;
  error: string | null;
  onConfirm: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const count = result.valid.length;
  const members = result.alreadyMembers.length;
  const summary = [
    t('cohorts.check.ready', { count }),
    ...(result.invalid.length
      ? [t('cohorts.check.withProblems', { count: result.invalid.length })]
      : []),
    ...(members ? [t('cohorts.check.alreadyMembers', { count: members })] : []),
  ];
  return (
    <section className="panel" aria-labelledby="check-heading">
      <h2 id="check-heading">
        {t('cohorts.check.heading', {
          summary: formatList(intl, summary, { type: 'unit', style: 'short' }),
        })}
      </h2>
      {result.invalid.length > 0 && (
        <>
          <h3>{t('cohorts.check.needFixing', { count: result.invalid.length })}</h3>
          <table className="table stacked-table">
            <thead>
              <tr>
                <th scope="col">{t('cohorts.check.row')}</th>
                <th scope="col">{t('cohorts.check.asWritten')}</th>
                <th scope="col">{t('cohorts.check.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {result.invalid.map((row) => (
                <tr key={`${row.row}-${row.text}-${row.reason}`}>
                  <LabelledCell label={t('cohorts.check.row')}>{row.row}</LabelledCell>
                  <LabelledCell label={t('cohorts.check.asWritten')}>
                    <code>{row.text}</code>
                  </LabelledCell>
                  <LabelledCell label={t('cohorts.check.problem')}>{row.reason}</LabelledCell>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{t('cohorts.check.leftOut')}</p>
        </>
      )}
      {count > 0 && (
        <>
          <h3>{t('cohorts.check.readyHeading')}</h3>
          <table className="table stacked-table">
            <thead>
              <tr>
                <th scope="col">{t('cohorts.check.row')}</th>
                <th scope="col">{t('cohorts.check.name')}</th>
                <th scope="col">{t('cohorts.check.email')}</th>
                <th scope="col">{t('cohorts.check.organisation')}</th>
              </tr>
            </thead>
            <tbody>
              {result.valid.map((row) => (
                <tr key={row.email}>
                  <LabelledCell label={t('cohorts.check.row')}>{row.row}</LabelledCell>
                  <LabelledCell label={t('cohorts.check.name')}>
                    {row.name || <span className="muted">—</span>}
                  </LabelledCell>
                  <LabelledCell label={t('cohorts.check.email')}>{row.email}</LabelledCell>
                  <LabelledCell label={t('cohorts.check.organisation')}>
                    {row.organisation || <span className="muted">—</span>}
                  </LabelledCell>
                </tr>
              ))}
            </tbody>
          </table>
          {error && <Alert tone="error">{error}</Alert>}
          <button type="button" className="button-primary" disabled={sending} onClick={onConfirm}>
            {sending ? t('cohorts.check.sending') : t('cohorts.check.send', { count })}
          </button>
        </>
      )}
      {count === 0 && <p>{t('cohorts.check.noOneLeft')}</p>}
    </section>
  );
}

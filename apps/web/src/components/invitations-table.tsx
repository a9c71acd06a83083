import type { Invitation } from '@praxis/contracts/invitations';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../lib/i18n/use-t.tsx';
import { InvitationActions } from './invitation-actions.tsx';
import { InvitationEmailStatus, InvitationStatusBadge } from './invitation-status.tsx';
import { LabelledCell } from './stacked-table.tsx';

/**
 * Invitations with where each e-mail is, and resend / withdraw where allowed. The network-wide
 * list also names each invitation's cohort and who sent it; a cohort's page leaves those out.
 */
export function InvitationsTable({
  invitations,
  caption,
  withCohort,
}: {
  invitations: Invitation[];
  caption: string;
  withCohort: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <table className="table stacked-table invitation-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.invitationsTable.invitee')}</th>
          {withCohort && <th scope="col">{t('common.invitationsTable.cohort')}</th>}
          <th scope="col">{t('common.invitationsTable.status')}</th>
          <th scope="col">{t('common.invitationsTable.email')}</th>
          {withCohort && <th scope="col">{t('common.invitationsTable.invitedBy')}</th>}
          <th scope="col">{t('common.invitationsTable.expires')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.invitationsTable.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <tr key={invitation.id}>
            <LabelledCell label={t('common.invitationsTable.invitee')}>
              {invitation.name && <strong>{invitation.name} </strong>}
              <span className="muted">{invitation.email}</span>
              {invitation.role !== 'member' && (
                <span className="role-badge">
                  {t('common.invitationsTable.asRole', { role: invitation.role })}
                </span>
              )}
            </LabelledCell>
            {withCohort && (
              <LabelledCell label={t('common.invitationsTable.cohort')}>
                {invitation.cohort ? (
                  <Link to={`/cohorts/${invitation.cohort.id}`}>{invitation.cohort.name}</Link>
                ) : (
                  <span className="muted">{t('common.invitationsTable.noCohort')}</span>
                )}
              </LabelledCell>
            )}
            <LabelledCell label={t('common.invitationsTable.status')}>
              <InvitationStatusBadge status={invitation.status} />
            </LabelledCell>
            <LabelledCell label={t('common.invitationsTable.email')}>
              <InvitationEmailStatus invitation={invitation} />
            </LabelledCell>
            {withCohort && (
              <LabelledCell label={t('common.invitationsTable.invitedBy')}>
                {invitation.invitedBy}
              </LabelledCell>
            )}
            <LabelledCell label={t('common.invitationsTable.expires')}>
              {intl.formatDate(invitation.expiresAt, { dateStyle: 'medium' })}
            </LabelledCell>
            <td>
              <InvitationActions invitation={invitation} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

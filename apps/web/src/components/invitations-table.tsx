import type { Invitation } from '@praxis/contracts/invitations';
import { Link } from 'react-router';
import { InvitationActions } from './invitation-actions.tsx';
import { InvitationEmailStatus, InvitationStatusBadge } from './invitation-status.tsx';
import { LabelledCell } from './stacked-table.tsx';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

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
  return (
    <table className="table stacked-table invitation-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Invitee</th>
          {withCohort && <th scope="col">Cohort</th>}
          <th scope="col">Status</th>
          <th scope="col">E-mail</th>
          {withCohort && <th scope="col">Invited by</th>}
          <th scope="col">Expires</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <tr key={invitation.id}>
            <LabelledCell label="Invitee">
              {invitation.name && <strong>{invitation.name} </strong>}
              <span className="muted">{invitation.email}</span>
              {invitation.role !== 'member' && (
                <span className="role-badge">as {invitation.role}</span>
              )}
            </LabelledCell>
            {withCohort && (
              <LabelledCell label="Cohort">
                {invitation.cohort ? (
                  <Link to={`/cohorts/${invitation.cohort.id}`}>{invitation.cohort.name}</Link>
                ) : (
                  <span className="muted">No cohort</span>
                )}
              </LabelledCell>
            )}
            <LabelledCell label="Status">
              <InvitationStatusBadge status={invitation.status} />
            </LabelledCell>
            <LabelledCell label="E-mail">
              <InvitationEmailStatus invitation={invitation} />
            </LabelledCell>
            {withCohort && <LabelledCell label="Invited by">{invitation.invitedBy}</LabelledCell>}
            <LabelledCell label="Expires">
              {dateFormat.format(new Date(invitation.expiresAt))}
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

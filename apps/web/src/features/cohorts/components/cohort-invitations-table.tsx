import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { InvitationActions } from '../../../components/invitation-actions.tsx';
import {
  InvitationEmailStatus,
  InvitationStatusBadge,
} from '../../../components/invitation-status.tsx';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';
import { LabelledCell } from '../../../components/stacked-table.tsx';
import { useCohortInvitations } from '../api/list-cohort-invitations.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The cohort's invitations with where each e-mail is, and resend / withdraw where allowed. */
export function CohortInvitationsTable({ cohortId }: { cohortId: string }) {
  const invitations = useCohortInvitations(cohortId);
  const rows = invitations.data?.pages.flatMap((page) => page.invitations) ?? [];

  if (invitations.isError) {
    return <Alert tone="error">{formErrors(invitations.error).message}</Alert>;
  }
  if (invitations.isSuccess && rows.length === 0) {
    return <p className="muted">No one has been invited to this cohort yet.</p>;
  }
  return (
    <>
      <table className="table stacked-table">
        <caption className="visually-hidden">Invitations to this cohort, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Invitee</th>
            <th scope="col">Invitation</th>
            <th scope="col">E-mail</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((invitation) => (
            <tr key={invitation.id}>
              <LabelledCell label="Invitee">
                {invitation.name && <strong>{invitation.name} </strong>}
                <span className="muted">{invitation.email}</span>
              </LabelledCell>
              <LabelledCell label="Invitation">
                <InvitationStatusBadge status={invitation.status} />
              </LabelledCell>
              <LabelledCell label="E-mail">
                <InvitationEmailStatus invitation={invitation} />
              </LabelledCell>
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
      <ShowMoreButton list={invitations} />
    </>
  );
}

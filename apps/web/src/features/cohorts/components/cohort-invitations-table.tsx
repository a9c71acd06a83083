import type { Invitation } from '@praxis/contracts/invitations';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';
import { useChangeInvitation } from '../api/change-invitation.ts';
import { useCohortInvitations } from '../api/list-cohort-invitations.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const emailLabels: Record<Invitation['emailStatus'], string> = {
  queued: 'waiting to be sent',
  sending: 'being sent',
  sent: 'sent',
  failed: 'could not be sent',
};

/** The cohort's invitations with where each e-mail is, and resend / withdraw for open ones. */
export function CohortInvitationsTable({ cohortId }: { cohortId: string }) {
  const invitations = useCohortInvitations(cohortId);
  const change = useChangeInvitation(cohortId);
  const rows = invitations.data?.pages.flatMap((page) => page.invitations) ?? [];

  if (invitations.isError) {
    return <Alert tone="error">{formErrors(invitations.error).message}</Alert>;
  }
  if (invitations.isSuccess && rows.length === 0) {
    return <p className="muted">No one has been invited to this cohort yet.</p>;
  }
  return (
    <>
      {change.error && <Alert tone="error">{formErrors(change.error).message}</Alert>}
      <table className="table">
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
              <td>
                {invitation.name && <strong>{invitation.name} </strong>}
                <span className="muted">{invitation.email}</span>
              </td>
              <td>
                <span className={`status status-${invitation.status}`}>{invitation.status}</span>
              </td>
              <td>
                <span className={`status status-email-${invitation.emailStatus}`}>
                  {emailLabels[invitation.emailStatus]}
                </span>
                {invitation.emailError && invitation.emailStatus !== 'sent' && (
                  <p className="field-error small">{invitation.emailError}</p>
                )}
              </td>
              <td>{dateFormat.format(new Date(invitation.expiresAt))}</td>
              <td>
                {invitation.status === 'pending' && (
                  <span className="button-row">
                    <button
                      type="button"
                      className="button-link"
                      disabled={change.isPending}
                      onClick={() => change.mutate({ id: invitation.id, action: 'resend' })}
                    >
                      Resend<span className="visually-hidden"> to {invitation.email}</span>
                    </button>
                    <button
                      type="button"
                      className="button-link"
                      disabled={change.isPending}
                      onClick={() => change.mutate({ id: invitation.id, action: 'revoke' })}
                    >
                      Withdraw<span className="visually-hidden"> {invitation.email}</span>
                    </button>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMoreButton list={invitations} />
    </>
  );
}

import type { Invitation, InvitationStatus } from '@praxis/contracts/invitations';

/** How a status reads: "revoked" is the API's word, "withdrawn" the one on the button. */
export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  pending: 'pending',
  accepted: 'accepted',
  expired: 'expired',
  revoked: 'withdrawn',
};

const EMAIL_LABELS: Record<Invitation['emailStatus'], string> = {
  queued: 'waiting to be sent',
  sending: 'being sent',
  sent: 'sent',
  failed: 'could not be sent',
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  return <span className={`status status-${status}`}>{INVITATION_STATUS_LABELS[status]}</span>;
}

/** Where the invitation's e-mail is, and why the last attempt failed if it did. */
export function InvitationEmailStatus({ invitation }: { invitation: Invitation }) {
  return (
    <>
      <span className={`status status-email-${invitation.emailStatus}`}>
        {EMAIL_LABELS[invitation.emailStatus]}
      </span>
      {invitation.emailError && invitation.emailStatus !== 'sent' && (
        <p className="field-error small">{invitation.emailError}</p>
      )}
    </>
  );
}

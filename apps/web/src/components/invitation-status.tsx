import type { Invitation, InvitationStatus } from '@praxis/contracts/invitations';
import { useT } from '../lib/i18n/use-t.tsx';

/** How a status reads: "revoked" is the API's word, "withdrawn" (its message) the one on the button. */
export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const t = useT();
  return (
    <span className={`status status-${status}`}>{t(`common.invitationStatus.${status}`)}</span>
  );
}

/** Where the invitation's e-mail is, and why the last attempt failed if it did. */
export function InvitationEmailStatus({ invitation }: { invitation: Invitation }) {
  const t = useT();
  return (
    <>
      <span className={`status status-email-${invitation.emailStatus}`}>
        {t(`common.invitationEmail.${invitation.emailStatus}`)}
      </span>
      {invitation.emailError && invitation.emailStatus !== 'sent' && (
        <p className="field-error small">{invitation.emailError}</p>
      )}
    </>
  );
}

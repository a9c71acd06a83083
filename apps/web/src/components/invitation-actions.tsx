import type { Invitation } from '@praxis/contracts/invitations';
import { useChangeInvitation } from '../lib/api/change-invitation.ts';
import { useMe } from '../lib/session.ts';
import { formErrors } from './form-errors.ts';

/**
 * Resend and withdraw, offered as the server allows them: a resend for an invitation not yet
 * accepted or withdrawn (an expired one gets a fresh 14 days), a withdrawal while it is pending,
 * and an invitation to join as an organiser or admin only to admins.
 */
export function InvitationActions({ invitation }: { invitation: Invitation }) {
  const change = useChangeInvitation();
  const viewer = useMe().data;
  const allowed = viewer?.role === 'admin' || invitation.role === 'member';
  const open = invitation.status === 'pending' || invitation.status === 'expired';
  if (!allowed || !open) return null;

  return (
    <>
      <span className="button-row">
        <button
          type="button"
          className="button-link"
          disabled={change.isPending}
          onClick={() => change.mutate({ id: invitation.id, action: 'resend' })}
        >
          Resend<span className="visually-hidden"> to {invitation.email}</span>
        </button>
        {invitation.status === 'pending' && (
          <button
            type="button"
            className="button-link"
            disabled={change.isPending}
            onClick={() => {
              if (
                window.confirm(
                  `Withdraw the invitation for ${invitation.email}? Its link will stop working.`,
                )
              ) {
                change.mutate({ id: invitation.id, action: 'revoke' });
              }
            }}
          >
            Withdraw<span className="visually-hidden"> the invitation for {invitation.email}</span>
          </button>
        )}
      </span>
      {change.error && (
        <p className="field-error small" role="alert">
          {formErrors(change.error).message}
        </p>
      )}
    </>
  );
}

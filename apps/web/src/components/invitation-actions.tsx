import type { Invitation } from '@praxis/contracts/invitations';
import type { ReactNode } from 'react';
import { useChangeInvitation } from '../lib/api/change-invitation.ts';
import { T, useT } from '../lib/i18n/use-t.tsx';
import { useMe } from '../lib/session.ts';
import { formErrors } from './form-errors.ts';

/**
 * Resend and withdraw, offered as the server allows them: a resend for an invitation not yet
 * accepted or withdrawn (an expired one gets a fresh 14 days), a withdrawal while it is pending,
 * and an invitation to join as an organiser or admin only to admins.
 */
export function InvitationActions({ invitation }: { invitation: Invitation }) {
  const t = useT();
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
          <T id="common.invitationActions.resend" values={{ email: invitation.email, hidden }} />
        </button>
        {invitation.status === 'pending' && (
          <button
            type="button"
            className="button-link"
            disabled={change.isPending}
            onClick={() => {
              if (
                window.confirm(
                  t('common.invitationActions.withdrawConfirm', { email: invitation.email }),
                )
              ) {
                change.mutate({ id: invitation.id, action: 'revoke' });
              }
            }}
          >
            <T
              id="common.invitationActions.withdraw"
              values={{ email: invitation.email, hidden }}
            />
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

/** The part of a button's name that only screen readers need: the others see the row. */
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

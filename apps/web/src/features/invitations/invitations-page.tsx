import type { AccountMember, Role } from '@praxis/contracts/members';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField, SelectField } from '../../components/form-field.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useCreateInvitation } from './api/create-invitation.ts';
import { useInvitations } from './api/list-invitations.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function InvitationsPage({ member }: { member: AccountMember }) {
  useDocumentTitle('Invite people');
  const create = useCreateInvitation();
  const invitations = useInvitations();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const { message, fields } = formErrors(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ email, role }, { onSuccess: () => setEmail('') });
  }

  const rows = invitations.data?.pages.flatMap((page) => page.invitations) ?? [];
  return (
    <section className="page">
      <h1>Invite people</h1>
      <p className="lead">
        Each invitation is a single-use link, valid for 14 days, e-mailed to the address you enter.
      </p>

      {create.data && (
        <Alert tone="success">
          <p>
            Invitation for <strong>{create.data.email}</strong> created
            {create.data.emailSent ? ' and e-mailed.' : ', but the e-mail could not be sent.'} You
            can also share the link yourself:
          </p>
          <p>
            <code className="invite-link">{create.data.url}</code>
          </p>
        </Alert>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate className="inline-form">
        <FormField
          label="E-mail address"
          type="email"
          name="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fields.email}
        />
        {member.role === 'admin' && (
          <SelectField
            label="Role"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            <option value="member">Member</option>
            <option value="organiser">Organiser</option>
            <option value="admin">Admin</option>
          </SelectField>
        )}
        <button type="submit" className="button-primary" disabled={create.isPending}>
          {create.isPending ? 'Inviting…' : 'Send invitation'}
        </button>
      </form>

      <h2>Sent invitations</h2>
      {invitations.isError && <Alert tone="error">{formErrors(invitations.error).message}</Alert>}
      {invitations.isSuccess && rows.length === 0 && <p className="muted">No invitations yet.</p>}
      {rows.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Invitations, newest first</caption>
          <thead>
            <tr>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Invited by</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.email}</td>
                <td>{invitation.role}</td>
                <td>
                  <span className={`status status-${invitation.status}`}>{invitation.status}</span>
                </td>
                <td>{invitation.invitedBy}</td>
                <td>{dateFormat.format(new Date(invitation.expiresAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMoreButton list={invitations} />
    </section>
  );
}

import type { AccountMember } from '@praxis/contracts/members';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { NewPasswordField } from '../../components/new-password-field.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useChangePassword } from './api/change-password.ts';
import { useLogout } from './api/logout.ts';

export function AccountPage({ member }: { member: AccountMember }) {
  useDocumentTitle('Account and security');
  const changePassword = useChangePassword();
  const logout = useLogout();
  const navigate = useNavigate();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const { message, fields } = formErrors(changePassword.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
        },
      },
    );
  }

  return (
    <section className="page narrow">
      <h1>Account and security</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{member.name}</dd>
        <dt>E-mail</dt>
        <dd>
          {member.email} · <Link to="/settings/email">What Praxis e-mails you</Link>
        </dd>
        <dt>Role</dt>
        <dd>{member.role}</dd>
      </dl>

      <h2>Change your password</h2>
      <p className="muted">Changing it signs you out on every other device.</p>
      {changePassword.isSuccess && (
        <Alert tone="success">Your password is changed. Other devices are signed out.</Alert>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label="Current password"
          type="password"
          name="current-password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={fields.currentPassword}
        />
        <NewPasswordField
          value={newPassword}
          onChange={setNewPassword}
          account={member}
          error={fields.newPassword}
        />
        <button type="submit" className="button-primary" disabled={changePassword.isPending}>
          Change password
        </button>
      </form>

      <h2>Sessions</h2>
      <p className="muted">
        Lost a phone or used a shared computer? Sign out everywhere, including here.
      </p>
      <button
        type="button"
        className="button-secondary"
        disabled={logout.isPending}
        onClick={() => logout.mutate('everywhere', { onSuccess: () => navigate('/login') })}
      >
        Sign out everywhere
      </button>
    </section>
  );
}

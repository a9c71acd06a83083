import type { AccountMember } from '@praxis/contracts/members';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField } from '../../components/form-field.tsx';
import { NewPasswordField } from '../../components/new-password-field.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useChangePassword } from './api/change-password.ts';
import { useLogout } from './api/logout.ts';
import { EmailChange } from './components/email-change.tsx';
import { PushDevices } from './components/push-devices.tsx';

export function AccountPage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('auth.account.title'));
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
      <h1>{t('auth.account.title')}</h1>
      <dl className="facts">
        <dt>{t('auth.account.name')}</dt>
        <dd>{member.name}</dd>
        <dt>{t('auth.account.email')}</dt>
        <dd>
          {member.email} · <Link to="/settings/email">{t('auth.account.emailSettings')}</Link>
        </dd>
        <dt>{t('auth.account.role')}</dt>
        <dd>{t(`common.role.${member.role}`)}</dd>
      </dl>

      <EmailChange />

      <h2>{t('auth.account.changePasswordHeading')}</h2>
      <p className="muted">{t('auth.account.changePasswordHint')}</p>
      {changePassword.isSuccess && (
        <Alert tone="success">{t('auth.account.passwordChanged')}</Alert>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          label={t('auth.account.currentPassword')}
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
          {t('auth.account.changePassword')}
        </button>
      </form>

      <PushDevices />

      <h2>{t('dataRights.page.title')}</h2>
      <p>
        <Link to="/account/data">{t('dataRights.account.link')}</Link>
      </p>

      <h2>{t('auth.account.sessionsHeading')}</h2>
      <p className="muted">{t('auth.account.sessionsHint')}</p>
      <button
        type="button"
        className="button-secondary"
        disabled={logout.isPending}
        onClick={() => logout.mutate('everywhere', { onSuccess: () => navigate('/login') })}
      >
        {t('auth.account.signOutEverywhere')}
      </button>
    </section>
  );
}

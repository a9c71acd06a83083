import type { AccountMember, Role } from '@praxis/contracts/members';
import type { MemberProfile } from '@praxis/contracts/profiles';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { AuditReasonField } from '../../../components/audit-reason-field.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/form-field.tsx';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useSetMemberActive } from '../api/set-member-active.ts';
import { useSetMemberRole } from '../api/set-member-role.ts';

const ROLE_NAMES: Record<Role, MessageId> = {
  member: 'members.admin.roleMember',
  organiser: 'members.admin.roleOrganiser',
  admin: 'members.admin.roleAdmin',
};

/** What organisers and admins can do to someone else's account, each with its own rule. */
export function MemberAdmin({
  viewer,
  profile,
}: {
  viewer: AccountMember;
  profile: MemberProfile;
}) {
  const t = useT();
  const setActive = useSetMemberActive();
  const setRole = useSetMemberRole();
  const [role, setRoleChoice] = useState<Role>(profile.role);
  const [reason, setReason] = useState('');
  const why = reason.trim() ? { reason } : {};
  const done = { onSuccess: () => setReason('') };
  const mayDeactivate = viewer.role === 'admin' || profile.role === 'member';
  const error = setActive.error ?? setRole.error;

  function toggleActive() {
    const question = t(
      profile.active ? 'members.admin.confirmDeactivate' : 'members.admin.confirmReactivate',
      { name: profile.name },
    );
    if (!window.confirm(question)) return;
    setRole.reset();
    setActive.mutate({ handle: profile.handle, active: !profile.active, ...why }, done);
  }

  function changeRole(event: FormEvent) {
    event.preventDefault();
    setActive.reset();
    setRole.mutate({ handle: profile.handle, role, ...why }, done);
  }

  return (
    <section className="panel" aria-labelledby="manage-heading">
      <h2 id="manage-heading">{t('members.admin.heading')}</h2>
      {error && <Alert tone="error">{formErrors(error).message}</Alert>}
      {setActive.isSuccess && (
        <Alert tone="success">
          {t(profile.active ? 'members.admin.reactivated' : 'members.admin.deactivated', {
            name: profile.name,
          })}
        </Alert>
      )}
      {setRole.isSuccess && (
        <Alert tone="success">
          {t('members.admin.roleChanged', { name: profile.name, role: profile.role })}
        </Alert>
      )}
      <AuditReasonField value={reason} onChange={setReason} />
      <p className="small">
        <T id={profile.active ? 'members.admin.statusActive' : 'members.admin.statusDeactivated'} />
      </p>
      {mayDeactivate ? (
        <button
          type="button"
          className={profile.active ? 'button-danger' : 'button-secondary'}
          disabled={setActive.isPending}
          onClick={toggleActive}
        >
          {t(profile.active ? 'members.admin.deactivate' : 'members.admin.reactivate', {
            name: profile.name,
          })}
        </button>
      ) : (
        <p className="small muted">{t('members.admin.adminsOnly')}</p>
      )}
      {viewer.role === 'admin' && (
        <form onSubmit={changeRole} className="role-form">
          <SelectField
            label={t('members.admin.role')}
            value={role}
            onChange={(event) => setRoleChoice(event.target.value as Role)}
          >
            {Object.entries(ROLE_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {t(name)}
              </option>
            ))}
          </SelectField>
          <button
            type="submit"
            className="button-secondary nowrap"
            disabled={setRole.isPending || role === profile.role}
          >
            {t('members.admin.changeRole')}
          </button>
        </form>
      )}
      {viewer.role === 'admin' && (
        <p>
          <Link to={`/members/${profile.handle}/data`}>{t('dataRights.admin.link')}</Link>
        </p>
      )}
    </section>
  );
}

import type { AccountMember, Role } from '@praxis/contracts/members';
import type { MemberProfile } from '@praxis/contracts/profiles';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/form-field.tsx';
import { useSetMemberActive } from '../api/set-member-active.ts';
import { useSetMemberRole } from '../api/set-member-role.ts';

const ROLE_NAMES: Record<Role, string> = {
  member: 'Member',
  organiser: 'Organiser',
  admin: 'Admin',
};

/** What organisers and admins can do to someone else's account, each with its own rule. */
export function MemberAdmin({
  viewer,
  profile,
}: {
  viewer: AccountMember;
  profile: MemberProfile;
}) {
  const setActive = useSetMemberActive();
  const setRole = useSetMemberRole();
  const [role, setRoleChoice] = useState<Role>(profile.role);
  const mayDeactivate = viewer.role === 'admin' || profile.role === 'member';
  const error = setActive.error ?? setRole.error;

  function toggleActive() {
    const question = profile.active
      ? `Deactivate ${profile.name}? They will no longer be able to sign in and will leave the directory. What they wrote stays.`
      : `Reactivate ${profile.name}? They will be able to sign in again.`;
    if (!window.confirm(question)) return;
    setRole.reset();
    setActive.mutate({ handle: profile.handle, active: !profile.active });
  }

  function changeRole(event: FormEvent) {
    event.preventDefault();
    setActive.reset();
    setRole.mutate({ handle: profile.handle, role });
  }

  return (
    <section className="panel" aria-labelledby="manage-heading">
      <h2 id="manage-heading">Manage member</h2>
      {error && <Alert tone="error">{formErrors(error).message}</Alert>}
      {setActive.isSuccess && (
        <Alert tone="success">
          {profile.name} is {profile.active ? 'active again' : 'deactivated'}.
        </Alert>
      )}
      {setRole.isSuccess && (
        <Alert tone="success">
          {profile.name} is now {ROLE_NAMES[profile.role].toLowerCase()}.
        </Alert>
      )}
      <p className="small">
        Status: <strong>{profile.active ? 'active' : 'deactivated'}</strong>
      </p>
      {mayDeactivate ? (
        <button
          type="button"
          className={profile.active ? 'button-danger' : 'button-secondary'}
          disabled={setActive.isPending}
          onClick={toggleActive}
        >
          {profile.active ? 'Deactivate' : 'Reactivate'} {profile.name}
        </button>
      ) : (
        <p className="small muted">Only an admin can deactivate an organiser or an admin.</p>
      )}
      {viewer.role === 'admin' && (
        <form onSubmit={changeRole} className="role-form">
          <SelectField
            label="Role"
            value={role}
            onChange={(event) => setRoleChoice(event.target.value as Role)}
          >
            {Object.entries(ROLE_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </SelectField>
          <button
            type="submit"
            className="button-secondary nowrap"
            disabled={setRole.isPending || role === profile.role}
          >
            Change role
          </button>
        </form>
      )}
    </section>
  );
}

import type { AccountMember, Role } from '@praxis/contracts/members';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField, SelectField } from '../../components/form-field.tsx';
import { InvitationsTable } from '../../components/invitations-table.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { type InvitationFilters, useInvitations } from '../../lib/api/list-invitations.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useCreateInvitation } from './api/create-invitation.ts';
import { filtersFrom, InvitationFilterBar } from './components/invitation-filters.tsx';

export function InvitationsPage({ member }: { member: AccountMember }) {
  useDocumentTitle('Invite people');
  const create = useCreateInvitation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const invitations = useInvitations(filters);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const { message, fields } = formErrors(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ email, role }, { onSuccess: () => setEmail('') });
  }

  function filterBy(next: InvitationFilters) {
    const params = new URLSearchParams();
    if (next.cohort) params.set('cohort', next.cohort);
    if (next.status) params.set('status', next.status);
    setSearchParams(params);
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
      <p className="muted">
        To invite a whole cohort at once, open it from{' '}
        <Link to="/cohorts">Programmes and cohorts</Link>. Resend e-mails a fresh link, valid for 14
        days (the old one stops working); Withdraw cancels a link nobody has used yet.
      </p>
      <InvitationFilterBar filters={filters} onChange={filterBy} />
      {invitations.isError && <Alert tone="error">{formErrors(invitations.error).message}</Alert>}
      {invitations.isSuccess && rows.length === 0 && (
        <p className="muted">
          {filters.cohort || filters.status
            ? 'No invitations match these filters.'
            : 'No invitations yet.'}
        </p>
      )}
      {rows.length > 0 && (
        <InvitationsTable invitations={rows} caption="Invitations, newest first" withCohort />
      )}
      <ShowMoreButton list={invitations} />
    </section>
  );
}

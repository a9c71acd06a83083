import type { AccountMember, Role } from '@praxis/contracts/members';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField, SelectField } from '../../components/form-field.tsx';
import { InvitationsTable } from '../../components/invitations-table.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { type InvitationFilters, useInvitations } from '../../lib/api/list-invitations.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useCreateInvitation } from './api/create-invitation.ts';
import { filtersFrom, InvitationFilterBar } from './components/invitation-filters.tsx';

export function InvitationsPage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('invitations.page.title'));
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
      <h1>{t('invitations.page.title')}</h1>
      <p className="lead">{t('invitations.page.lead')}</p>

      {create.data && (
        <Alert tone="success">
          <p>
            <T
              id={
                create.data.emailSent
                  ? 'invitations.page.createdSent'
                  : 'invitations.page.createdNotSent'
              }
              values={{ email: create.data.email }}
            />
          </p>
          <p>
            <code className="invite-link">{create.data.url}</code>
          </p>
        </Alert>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      <form onSubmit={submit} noValidate className="inline-form">
        <FormField
          label={t('invitations.page.email')}
          type="email"
          name="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fields.email}
        />
        {member.role === 'admin' && (
          <SelectField
            label={t('invitations.page.role')}
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            <option value="member">{t('invitations.page.roleMember')}</option>
            <option value="organiser">{t('invitations.page.roleOrganiser')}</option>
            <option value="admin">{t('invitations.page.roleAdmin')}</option>
          </SelectField>
        )}
        <button type="submit" className="button-primary" disabled={create.isPending}>
          {t(create.isPending ? 'invitations.page.inviting' : 'invitations.page.send')}
        </button>
      </form>

      <h2>{t('invitations.page.sent')}</h2>
      <p className="muted">
        <T
          id="invitations.page.help"
          values={{ link: (chunks) => <Link to="/cohorts">{chunks}</Link> }}
        />
      </p>
      <InvitationFilterBar filters={filters} onChange={filterBy} />
      {invitations.isError && <Alert tone="error">{formErrors(invitations.error).message}</Alert>}
      {invitations.isSuccess && rows.length === 0 && (
        <p className="muted">
          {t(
            filters.cohort || filters.status
              ? 'invitations.page.noneMatch'
              : 'invitations.page.none',
          )}
        </p>
      )}
      {rows.length > 0 && (
        <InvitationsTable invitations={rows} caption={t('invitations.page.caption')} withCohort />
      )}
      <ShowMoreButton list={invitations} />
    </section>
  );
}

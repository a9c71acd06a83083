import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { InvitationsTable } from '../../../components/invitations-table.tsx';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';
import { useInvitations } from '../../../lib/api/list-invitations.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** The cohort's invitations, newest first, a hundred at a time. */
export function CohortInvitationsTable({ cohortId }: { cohortId: string }) {
  const t = useT();
  const invitations = useInvitations({ cohort: cohortId }, 100);
  const rows = invitations.data?.pages.flatMap((page) => page.invitations) ?? [];

  if (invitations.isError) {
    return <Alert tone="error">{formErrors(invitations.error).message}</Alert>;
  }
  if (invitations.isSuccess && rows.length === 0) {
    return <p className="muted">{t('cohorts.invitations.none')}</p>;
  }
  return (
    <>
      <InvitationsTable
        invitations={rows}
        caption={t('cohorts.invitations.caption')}
        withCohort={false}
      />
      <ShowMoreButton list={invitations} />
    </>
  );
}

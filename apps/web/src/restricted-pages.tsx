import type { AccountMember } from '@praxis/contracts/members';
import type { OnlyForProps } from './components/only-for.tsx';
import {
  AuditPage,
  BouncingAddressesPage,
  CohortInvitePage,
  FlagsPage,
  InvitationsPage,
  MemberDataPage,
  NewSeriesPage,
  OutboxPage,
  OutcomesPage,
  OutcomesReportPage,
} from './pages.ts';

/** Pages for some roles only: anyone else is told who may use them, and what they are for. */
export function restrictedPages(
  member: AccountMember,
): (Omit<OnlyForProps, 'member'> & { path: string })[] {
  return [
    {
      path: 'members/:handle/data',
      roles: ['admin'],
      refusal: 'dataRights.onlyFor.refusal',
      purpose: 'dataRights.onlyFor.purpose',
      page: <MemberDataPage />,
    },
    {
      path: 'cohorts/:id/invite',
      roles: ['organiser', 'admin'],
      refusal: 'common.onlyFor.inviteCohort',
      page: <CohortInvitePage />,
    },
    {
      path: 'flags',
      roles: ['organiser', 'admin'],
      refusal: 'common.onlyFor.reviewFlags',
      page: <FlagsPage />,
    },
    {
      path: 'meetups/series/new',
      roles: ['organiser', 'admin'],
      refusal: 'common.onlyFor.startSeries',
      page: <NewSeriesPage member={member} />,
    },
    {
      path: 'invitations',
      roles: ['organiser', 'admin'],
      refusal: 'common.onlyFor.manageInvitations',
      page: <InvitationsPage member={member} />,
    },
    {
      path: 'audit',
      roles: ['organiser', 'admin'],
      refusal: 'audit.onlyFor.refusal',
      page: <AuditPage />,
      purpose: 'audit.onlyFor.purpose',
    },
    {
      path: 'outcomes',
      roles: ['organiser', 'admin'],
      refusal: 'outcomes.onlyFor.refusal',
      page: <OutcomesPage />,
      purpose: 'outcomes.onlyFor.purpose',
    },
    {
      path: 'outcomes/report',
      roles: ['organiser', 'admin'],
      refusal: 'outcomes.onlyFor.refusal',
      page: <OutcomesReportPage />,
      purpose: 'outcomes.onlyFor.purpose',
    },
    {
      path: 'outbox',
      roles: ['admin'],
      refusal: 'common.onlyFor.readOutbox',
      page: <OutboxPage />,
      purpose: 'common.onlyFor.outboxPurpose',
    },
    {
      path: 'admin/email/bounces',
      roles: ['admin'],
      refusal: 'common.onlyFor.seeBounces',
      page: <BouncingAddressesPage />,
      purpose: 'common.onlyFor.bouncesPurpose',
    },
  ];
}

import type { AuditActionName, AuditTargetType } from '@praxis/contracts/audit';
import { LESSON_AUDITED } from './audited-lessons.ts';
import { SHOWCASE_AUDITED } from './audited-showcase.ts';
import { TRACK_AND_PILOT_AUDITED } from './audited-tracks-pilots.ts';
import type { Caller, Fixtures, MatrixRequest } from './authorization-fixtures.ts';

// What the complete-audit test (modules/audit/audit-complete.test.ts) performs: each moderation
// and admin action with the entry it must leave (those that leave none: not-audited-actions.ts).

/** Ids the cases make as they go, for the cases after them. */
export interface Made {
  flagId: string;
  invitationId: string;
  programmeId: string;
  cohortId: string;
  joiner: { id: string; email: string; handle: string };
  liveMeetupId: string;
  trackId: string;
  showcaseItemId: string;
}

export interface AuditedCase {
  as: Extract<Caller, 'organiser' | 'admin'>;
  /** The input; without it, the authorization matrix's request for the operation. */
  request?: (f: Fixtures, made: Made) => MatrixRequest;
  action: AuditActionName;
  target: (f: Fixtures, made: Made, answer: Record<string, unknown>) => [AuditTargetType, string];
  reason?: string;
  /** Remembers what the answer created, for later cases. */
  keep?: (answer: Record<string, unknown>, made: Made) => void;
}

const thread = (f: Fixtures): [AuditTargetType, string] => ['thread', f.threadId];
const moderate = (
  change: Record<string, boolean>,
  action: AuditActionName,
  reason?: string,
): AuditedCase => ({
  as: 'organiser',
  request: () => ({ body: { ...change, ...(reason ? { reason } : {}) } }),
  action,
  target: thread,
  ...(reason ? { reason } : {}),
});
const settingsTarget = (): [AuditTargetType, string] => ['settings', ''];

/** In the order they run: a later case may act on what an earlier one made or changed. */
export const AUDITED: [string, AuditedCase][] = [
  ['PUT /api/threads/{id}/moderation', moderate({ pinned: true }, 'thread.pinned', 'FAQ')],
  ['PUT /api/threads/{id}/moderation', moderate({ pinned: false }, 'thread.unpinned')],
  ['PUT /api/threads/{id}/moderation', moderate({ locked: true }, 'thread.locked', 'Heated')],
  ['PUT /api/threads/{id}/moderation', moderate({ locked: false }, 'thread.unlocked')],
  ['PUT /api/threads/{id}/moderation', moderate({ hidden: true }, 'thread.hidden', 'Spam')],
  ['PUT /api/threads/{id}/moderation', moderate({ hidden: false }, 'thread.unhidden')],
  [
    'PATCH /api/threads/{id}',
    {
      as: 'organiser',
      request: () => ({ body: { offRecord: true } }),
      action: 'thread.put_off_record',
      target: thread,
    },
  ],
  [
    'POST /api/flags/{id}/resolve',
    {
      as: 'organiser',
      request: (_, made) => ({ path: { id: made.flagId }, body: { reason: 'Spoke to them' } }),
      action: 'flag.resolved',
      target: (_, made) => ['flag', made.flagId],
      reason: 'Spoke to them',
    },
  ],
  [
    'POST /api/members/{handle}/deactivate',
    {
      as: 'organiser',
      request: (f) => ({ path: { handle: f.spare.handle }, body: { reason: 'Left the service' } }),
      action: 'member.deactivated',
      target: (f) => ['member', f.spare.id],
      reason: 'Left the service',
    },
  ],
  [
    'POST /api/members/{handle}/reactivate',
    {
      as: 'organiser',
      action: 'member.reactivated',
      target: (f) => ['member', f.spare.id],
    },
  ],
  [
    'PUT /api/members/{handle}/role',
    {
      as: 'admin',
      request: (f) => ({
        path: { handle: f.spare.handle },
        body: { role: 'organiser', reason: 'Runs the spring intake' },
      }),
      action: 'member.role_changed',
      target: (f) => ['member', f.spare.id],
      reason: 'Runs the spring intake',
    },
  ],
  [
    'POST /api/invitations',
    {
      as: 'organiser',
      action: 'invitation.sent',
      target: (_, __, answer) => ['invitation', String(answer.id)],
      keep: (answer, made) => {
        made.invitationId = String(answer.id);
      },
    },
  ],
  [
    'POST /api/invitations/{id}/resend',
    {
      as: 'organiser',
      request: (_, made) => ({ path: { id: made.invitationId }, body: { reason: 'Lost it' } }),
      action: 'invitation.resent',
      target: (_, made) => ['invitation', made.invitationId],
      reason: 'Lost it',
    },
  ],
  [
    'POST /api/invitations/{id}/revoke',
    {
      as: 'organiser',
      request: (_, made) => ({
        path: { id: made.invitationId },
        body: { reason: 'Wrong address' },
      }),
      action: 'invitation.revoked',
      target: (_, made) => ['invitation', made.invitationId],
      reason: 'Wrong address',
    },
  ],
  [
    'POST /api/cohorts/{id}/invitations',
    { as: 'organiser', action: 'cohort.invitations_sent', target: (f) => ['cohort', f.cohortId] },
  ],
  [
    'POST /api/cohorts/{id}/invitations/existing-members',
    {
      as: 'organiser',
      request: (_, made) => ({ body: { emails: [made.joiner.email] } }),
      action: 'cohort.members_added',
      target: (f) => ['cohort', f.cohortId],
    },
  ],
  [
    'POST /api/programmes',
    {
      as: 'organiser',
      action: 'programme.created',
      target: (_, __, answer) => ['programme', String(answer.id)],
      keep: (answer, made) => {
        made.programmeId = String(answer.id);
      },
    },
  ],
  [
    'POST /api/programmes/{id}/cohorts',
    {
      as: 'organiser',
      request: (_, made) => ({
        path: { id: made.programmeId },
        body: { name: 'Audit cohort', year: 2026 },
      }),
      action: 'cohort.created',
      target: (_, __, answer) => ['cohort', String(answer.id)],
      keep: (answer, made) => {
        made.cohortId = String(answer.id);
      },
    },
  ],
  [
    'POST /api/cohorts/{id}/members',
    {
      as: 'organiser',
      request: (_, made) => ({
        path: { id: made.cohortId },
        body: { memberIds: [made.joiner.id] },
      }),
      action: 'cohort.members_added',
      target: (_, made) => ['cohort', made.cohortId],
    },
  ],
  [
    'DELETE /api/cohorts/{id}/members/{memberId}',
    {
      as: 'organiser',
      request: (_, made) => ({ path: { id: made.cohortId, memberId: made.joiner.id } }),
      action: 'cohort.member_removed',
      target: (_, made) => ['cohort', made.cohortId],
    },
  ],
  [
    'POST /api/meetup-series',
    {
      as: 'organiser',
      action: 'series.created',
      target: (_, __, answer) => ['series', String(answer.id)],
    },
  ],
  [
    'PUT /api/meetups/{id}/check-ins/{memberId}',
    {
      as: 'organiser',
      request: (f, made) => ({ path: { id: made.liveMeetupId, memberId: f.member.id } }),
      action: 'meetup.attendance_marked',
      target: (_, made) => ['meetup', made.liveMeetupId],
    },
  ],
  [
    'DELETE /api/meetups/{id}/check-ins/{memberId}',
    {
      as: 'organiser',
      request: (f, made) => ({ path: { id: made.liveMeetupId, memberId: f.member.id } }),
      action: 'meetup.attendance_unmarked',
      target: (_, made) => ['meetup', made.liveMeetupId],
    },
  ],
  [
    'POST /api/meetups/{id}/check-in-link',
    {
      as: 'organiser',
      request: (_, made) => ({ path: { id: made.liveMeetupId } }),
      action: 'meetup.check_in_link_replaced',
      target: (_, made) => ['meetup', made.liveMeetupId],
    },
  ],
  [
    'POST /api/meetups/{id}/cancel',
    {
      as: 'organiser',
      action: 'meetup.cancelled',
      target: (f) => ['meetup', f.meetupId],
      reason: 'The venue closed.',
    },
  ],
  [
    'DELETE /api/threads/{id}/replies/{replyId}',
    { as: 'organiser', action: 'reply.deleted', target: (f) => ['reply', f.replyId] },
  ],
  [
    'POST /api/members/{handle}/exports',
    {
      as: 'admin',
      request: (f) => ({ path: { handle: f.member.handle } }),
      action: 'member.data_exported',
      target: (f) => ['member', f.member.id],
    },
  ],
  [
    'POST /api/members/{handle}/deletion',
    {
      as: 'admin',
      request: (_, made) => ({
        path: { handle: made.joiner.handle },
        body: { mode: 'keep_posts', reason: 'Asked us by letter' },
      }),
      action: 'member.erased',
      target: (_, made) => ['member', made.joiner.id],
      reason: 'Asked us by letter',
    },
  ],
  [
    'PUT /api/admin/settings',
    {
      as: 'admin',
      request: () => ({ body: { name: 'Audited network' } }),
      action: 'settings.changed',
      target: settingsTarget,
    },
  ],
  [
    'PUT /api/admin/settings/logo',
    {
      as: 'admin',
      request: (f) => ({ body: f.picture, contentType: 'image/png' }),
      action: 'settings.changed',
      target: settingsTarget,
    },
  ],
  [
    'DELETE /api/admin/settings/logo',
    { as: 'admin', action: 'settings.changed', target: settingsTarget },
  ],
  // Before the spare pilot is deleted: an organiser publishes it.
  ...SHOWCASE_AUDITED,
  ...TRACK_AND_PILOT_AUDITED,
  ...LESSON_AUDITED,
];

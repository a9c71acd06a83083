import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';

/**
 * Every action the audit log records, `<thing>.<what happened>`. The names are stored, so they
 * never change meaning; the SPA translates each one (web catalog key `audit.action.<name>`).
 */
export const AUDIT_ACTIONS = [
  'thread.pinned',
  'thread.unpinned',
  'thread.locked',
  'thread.unlocked',
  'thread.hidden',
  'thread.unhidden',
  'thread.put_off_record',
  'thread.author_revealed',
  'reply.deleted',
  'reply.author_revealed',
  'flag.resolved',
  'member.deactivated',
  'member.reactivated',
  'member.role_changed',
  'member.data_exported',
  'member.erased',
  'invitation.sent',
  'invitation.resent',
  'invitation.revoked',
  'programme.created',
  'cohort.created',
  'cohort.invitations_sent',
  'cohort.members_added',
  'cohort.member_removed',
  'cohort.tracks_set',
  'track.created',
  'track.changed',
  'track.deleted',
  'pilot.deleted',
  'series.created',
  'meetup.cancelled',
  'meetup.attendance_marked',
  'meetup.attendance_unmarked',
  'meetup.check_in_link_replaced',
  'settings.changed',
  'retention.applied',
  'lesson.published',
  'lesson.returned_to_draft',
  'showcase.requested',
  'showcase.unpublished',
] as const;
export const AuditActionName = z.enum(AUDIT_ACTIONS, {
  error: msg('validation.audit.unknownAction'),
});
export type AuditActionName = z.infer<typeof AuditActionName>;

/** What an entry is about; the SPA translates each (web catalog key `audit.target.<type>`). */
export const AUDIT_TARGET_TYPES = [
  'thread',
  'reply',
  'flag',
  'member',
  'invitation',
  'programme',
  'cohort',
  'track',
  'pilot',
  'series',
  'meetup',
  'settings',
  'lesson',
  'showcase_item',
] as const;
export const AuditTargetType = z.enum(AUDIT_TARGET_TYPES, {
  error: msg('validation.audit.unknownTargetType'),
});
export type AuditTargetType = z.infer<typeof AuditTargetType>;

/** Why an organiser or admin did something, kept in the audit log beside the action. */
export const AuditReason = z
  .string({ error: msg('validation.audit.reasonNotText') })
  .trim()
  .max(500, { error: msg('validation.audit.reasonTooLong') })
  .refine((value) => !value.includes('\u0000'), { error: msg('validation.audit.reasonNul') })
  .transform((value) => value || undefined)
  .optional();

/**
 * The body of a moderation or administrative action that takes nothing but a reason; it may be
 * left out (the server then sees null).
 */
export const ReasonBody = z.object({ reason: AuditReason }).nullish();
export type ReasonBody = z.input<typeof ReasonBody>;

const instant = (field: 'from' | 'to') =>
  z.iso.datetime({ offset: true, error: msg('validation.audit.instantInvalid', { field }) });

const filterShape = {
  action: AuditActionName.optional(),
  actor: z.uuid({ error: msg('validation.audit.actorInvalid') }).optional(),
  targetType: AuditTargetType.optional(),
  targetId: z
    .string()
    .max(100, { error: msg('validation.audit.targetIdTooLong') })
    .optional(),
  from: instant('from').optional(),
  to: instant('to').optional(),
};

const inOrder = (filters: { from?: string | undefined; to?: string | undefined }) =>
  !filters.from || !filters.to || Date.parse(filters.from) < Date.parse(filters.to);
const reversed = { error: msg('validation.audit.rangeReversed'), path: ['to'] };

/** Filters of the audit log (and of its CSV); `to` is exclusive: a day is [midnight, next midnight). */
export const AuditFilters = z.object(filterShape).refine(inOrder, reversed);
export type AuditFilters = z.input<typeof AuditFilters>;

export const AuditQuery = z
  .object({
    ...filterShape,
    cursor: z.string().max(300).optional(),
    limit: z.coerce
      .number({ error: msg('validation.audit.limitInvalid') })
      .int({ error: msg('validation.audit.limitInvalid') })
      .min(1, { error: msg('validation.audit.limitInvalid') })
      .max(100, { error: msg('validation.audit.limitInvalid') })
      .default(50),
  })
  .refine(inOrder, reversed);
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  /** Who acted: their current name and handle, or only the name they had, once the account is gone. */
  actor: z.object({
    id: z.uuid().nullable(),
    handle: z.string().nullable(),
    name: z.string(),
  }),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string().nullable(), label: z.string().nullable() }),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
  entries: z.array(AuditEntry),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** Everyone who appears as the actor of an entry, for the log's "who" filter. */
export const AuditActors = z.object({
  actors: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type AuditActors = z.infer<typeof AuditActors>;

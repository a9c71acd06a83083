import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Token } from './auth.ts';
import { CONTROL_CHARACTERS, Email, PersonName, Role } from './members.ts';
import { Password } from './passwords.ts';

export const CreateInvitationBody = z.object({
  email: Email,
  role: Role.default('member'),
});
export type CreateInvitationBody = z.input<typeof CreateInvitationBody>;

export const InvitationStatus = z.enum(['pending', 'accepted', 'expired', 'revoked']);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const InvitationEmailStatus = z.enum(['queued', 'sending', 'sent', 'failed']);
export type InvitationEmailStatus = z.infer<typeof InvitationEmailStatus>;

export const Invitation = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: Role,
  status: InvitationStatus,
  invitedBy: z.string(),
  cohort: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** Where the e-mail is; `emailError` says why the last attempt failed. */
  emailStatus: InvitationEmailStatus,
  emailError: z.string().nullable(),
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export type Invitation = z.infer<typeof Invitation>;

/** Returned once, when created: the link is not stored and cannot be shown again. */
export const CreatedInvitation = Invitation.extend({
  url: z.url(),
  /** False when the e-mail could not be handed to the mail server; the link can be shared by hand. */
  emailSent: z.boolean(),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const InvitationListQuery = z.object({
  cohort: z.uuid({ error: msg('validation.invitations.cohortId') }).optional(),
  status: z
    .enum(InvitationStatus.options, { error: msg('validation.invitations.statusFilter') })
    .optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const InvitationPage = z.object({
  invitations: z.array(Invitation),
  nextCursor: z.string().nullable(),
});
export type InvitationPage = z.infer<typeof InvitationPage>;

export const InvitationTokenParams = z.object({ token: Token });

export const InvitationPreview = z.object({
  email: z.string(),
  name: z.string(),
  role: Role,
  invitedBy: z.string(),
  cohortName: z.string().nullable(),
  /** The address already has an account: accepting joins the cohort instead of signing up. */
  existingAccount: z.boolean(),
  expiresAt: z.iso.datetime(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationBody = z.object({ name: PersonName, password: Password });
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

export const InvitationIdParams = z.object({
  id: z.uuid({ error: msg('validation.invitations.id') }),
});

/** Someone to invite into a cohort, as a row of a pasted list or CSV file gives them. */
export const Invitee = z.object({
  email: Email,
  name: z.union([PersonName, z.literal('')]).default(''),
  organisation: z
    .string()
    .trim()
    .max(140, { error: msg('validation.invitations.organisationTooLong') })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      error: msg('validation.invitations.organisationControl'),
    })
    .default(''),
});
export type Invitee = z.output<typeof Invitee>;

export const MAX_INVITEES = 500;

export const InviteeListBody = z.object({
  /** Pasted addresses (one per line, or separated by commas) or CSV text: name,email[,organisation]. */
  text: z
    .string({ error: msg('validation.invitations.listRequired') })
    .max(200_000, { error: msg('validation.invitations.listTooLong', { max: MAX_INVITEES }) }),
});

/** What a pasted list or CSV would do, row by row, before anything is sent. */
export const InviteeListCheck = z.object({
  valid: z.array(Invitee.extend({ row: z.number() })),
  invalid: z.array(z.object({ row: z.number(), text: z.string(), reason: z.string() })),
  alreadyMembers: z.array(
    z.object({
      row: z.number(),
      email: z.string(),
      name: z.string(),
      inCohort: z.boolean(),
      /** A deactivated account cannot be added to a cohort until an admin reactivates it. */
      deactivated: z.boolean(),
    }),
  ),
});
export type InviteeListCheck = z.infer<typeof InviteeListCheck>;

export const CohortInvitationsBody = z.object({
  invitees: z
    .array(Invitee)
    .min(1, { error: msg('validation.invitations.inviteesMin') })
    .max(MAX_INVITEES, { error: msg('validation.invitations.inviteesMax', { max: MAX_INVITEES }) }),
});
export type CohortInvitationsBody = z.input<typeof CohortInvitationsBody>;

export const CohortInvitationsQueued = z.object({
  /** Invitations created; their e-mails go out in the background. */
  queued: z.number(),
  skipped: z.array(z.object({ email: z.string(), reason: z.string() })),
});
export type CohortInvitationsQueued = z.infer<typeof CohortInvitationsQueued>;

/** Addresses from a checked list that already have an account: add them to the cohort. */
export const ExistingMembersBody = z.object({
  emails: z
    .array(Email)
    .min(1, { error: msg('validation.invitations.membersMin') })
    .max(MAX_INVITEES, { error: msg('validation.invitations.membersMax', { max: MAX_INVITEES }) }),
});
export type ExistingMembersBody = z.input<typeof ExistingMembersBody>;

const MemberByEmail = z.object({ email: z.string(), name: z.string() });

export const ExistingMembersAdded = z.object({
  added: z.array(MemberByEmail),
  /** Already in the cohort before this request: nothing to do. */
  alreadyInCohort: z.array(MemberByEmail),
  /** Not added, with the reason: no account, or a deactivated one. */
  skipped: z.array(z.object({ email: z.string(), reason: z.string() })),
});
export type ExistingMembersAdded = z.infer<typeof ExistingMembersAdded>;

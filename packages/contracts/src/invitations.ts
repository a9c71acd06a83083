import { z } from 'zod';
import { Token } from './auth.ts';
import { Email, PersonName, Role } from './members.ts';
import { Password } from './passwords.ts';

export const CreateInvitationBody = z.object({
  email: Email,
  role: Role.default('member'),
});
export type CreateInvitationBody = z.input<typeof CreateInvitationBody>;

export const InvitationStatus = z.enum(['pending', 'accepted', 'expired', 'revoked']);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const Invitation = z.object({
  id: z.uuid(),
  email: z.string(),
  role: Role,
  status: InvitationStatus,
  invitedBy: z.string(),
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
  role: Role,
  invitedBy: z.string(),
  expiresAt: z.iso.datetime(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationBody = z.object({ name: PersonName, password: Password });
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

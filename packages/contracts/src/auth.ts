import { locales } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AccountMember, Email, PersonName } from './members.ts';
import { Password } from './passwords.ts';

export const LoginBody = z.object({
  email: Email,
  // Not the new-password rules: an old account may predate them, and the answer must not hint.
  password: z
    .string({ error: msg('validation.auth.passwordRequired') })
    .min(1, { error: msg('validation.auth.passwordRequired') })
    .max(1024),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const SessionResponse = z.object({ member: AccountMember });

/** Who this browser is signed in as: null when nobody is, an answer rather than an error. */
export const MeResponse = z.object({ member: AccountMember.nullable() });
export type MeResponse = z.infer<typeof MeResponse>;

/** The interface language a member chooses, or null to follow the browser again. */
export const LocaleChoice = z.object({ locale: z.enum(locales).nullable() });
export type LocaleChoice = z.infer<typeof LocaleChoice>;
export type SessionResponse = z.infer<typeof SessionResponse>;

export const SetupStatus = z.object({
  setupRequired: z.boolean(),
  /** Whether setup asks for the one-time token Praxis printed at start (PostgreSQL). */
  tokenRequired: z.boolean(),
});
export type SetupStatus = z.infer<typeof SetupStatus>;

export const SetupBody = z.object({
  name: PersonName,
  email: Email,
  password: Password,
  setupToken: z.string().trim().max(200).optional(),
});
export type SetupBody = z.infer<typeof SetupBody>;

export const PasswordChangeBody = z.object({
  currentPassword: z
    .string({ error: msg('validation.auth.currentPasswordRequired') })
    .min(1, { error: msg('validation.auth.currentPasswordRequired') })
    .max(1024),
  newPassword: Password,
});
export type PasswordChangeBody = z.infer<typeof PasswordChangeBody>;

export const PasswordResetRequestBody = z.object({ email: Email });
export type PasswordResetRequestBody = z.infer<typeof PasswordResetRequestBody>;

export const Token = z
  .string({ error: msg('validation.auth.linkMissing') })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, { error: msg('validation.auth.linkInvalid') });

export const PasswordResetConfirmBody = z.object({ token: Token, password: Password });
export type PasswordResetConfirmBody = z.infer<typeof PasswordResetConfirmBody>;

export const LoginUnlockBody = z.object({ token: Token });
export type LoginUnlockBody = z.infer<typeof LoginUnlockBody>;

/** The account an unlock link signs in to, shown before the member uses it. */
export const LoginUnlockPreview = z.object({ email: z.string() });
export type LoginUnlockPreview = z.infer<typeof LoginUnlockPreview>;

export const AcceptedResponse = z.object({ message: z.string() });
export type AcceptedResponse = z.infer<typeof AcceptedResponse>;

/** Moving the account to another address: asked with the password, confirmed from the new one. */
export const EmailChangeBody = z.object({
  newEmail: Email,
  password: z
    .string({ error: msg('validation.auth.passwordRequired') })
    .min(1, {
      error: msg('validation.auth.passwordRequired'),
    })
    .max(1000),
});
export type EmailChangeBody = z.infer<typeof EmailChangeBody>;

export const EmailChangeConfirmBody = z.object({
  token: z
    .string({ error: msg('validation.auth.tokenMissing') })
    .min(1, { error: msg('validation.auth.tokenMissing') })
    .max(200, { error: msg('validation.auth.tokenMissing') }),
});

export const EmailChangeConfirmed = z.object({ email: z.string() });

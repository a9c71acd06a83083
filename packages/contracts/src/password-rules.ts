// The password rules both sides apply, free of zod (passwords.ts builds the schema on them): the
// web app's password fields need them, not the validation library.
import { msg } from '@praxis/i18n/message-ref';

export const PASSWORD_MIN_LENGTH = 10;
// argon2 hashes whatever it is given; a bound keeps a huge "password" from costing the server.
export const PASSWORD_MAX_LENGTH = 256;

/** What makes a password too guessable for an account. */
export type PasswordWeakness = 'email' | 'name';

/**
 * Why a password is too guessable for this account, or null when it is fine. Shared by the
 * SPA (instant feedback, in its own words) and the API (the rule that counts).
 */
export function passwordWeaknessReason(
  password: string,
  account: { email: string; name: string },
): PasswordWeakness | null {
  const lowered = password.toLowerCase();
  const emailLocal = account.email.toLowerCase().split('@')[0] ?? '';
  const nameParts = account.name
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part.length >= 3);
  if (
    lowered.includes(account.email.toLowerCase()) ||
    (emailLocal.length >= 3 && lowered.includes(emailLocal))
  ) {
    return 'email';
  }
  if (nameParts.some((part) => lowered.includes(part))) return 'name';
  return null;
}

const weaknessMessages: Record<PasswordWeakness, string> = {
  email: msg('validation.passwords.containsEmail'),
  name: msg('validation.passwords.containsName'),
};

/** The API's refusal of a too guessable password (a `msg` reference), or null when it is fine. */
export function passwordWeakness(
  password: string,
  account: { email: string; name: string },
): string | null {
  const reason = passwordWeaknessReason(password, account);
  return reason ? weaknessMessages[reason] : null;
}

import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 10;
// argon2 hashes whatever it is given; a bound keeps a huge "password" from costing the server.
export const PASSWORD_MAX_LENGTH = 256;

export const Password = z
  .string({ error: 'Enter a password.' })
  .min(PASSWORD_MIN_LENGTH, {
    error: `Use at least ${PASSWORD_MIN_LENGTH} characters; a short sentence is easy to remember.`,
  })
  .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` });

/**
 * Why a password is too guessable for this account, or null when it is fine. Shared by the
 * SPA (instant feedback) and the API (the rule that counts).
 */
export function passwordWeakness(
  password: string,
  account: { email: string; name: string },
): string | null {
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
    return 'Choose a password that does not contain your e-mail address.';
  }
  if (nameParts.some((part) => lowered.includes(part))) {
    return 'Choose a password that does not contain your name.';
  }
  return null;
}

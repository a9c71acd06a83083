import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 declares its Algorithm enum as an ambient const enum, which isolated
// modules cannot read; 2 is its value for argon2id.
const ARGON2ID = 2;

/** OWASP's minimum for argon2id: 19 MiB of memory, two passes, one lane. */
const HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

let decoyHash: Promise<string> | undefined;

/**
 * Verifies a password; with no stored hash (unknown account) it still does the same work
 * against a decoy, so the answer takes as long for an unknown e-mail as for a wrong password.
 */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  if (storedHash === null) {
    decoyHash ??= hashPassword('decoy password that never matches');
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

import { createHash, randomBytes } from 'node:crypto';

/** Tokens sent by e-mail or cookie are stored only as their SHA-256, never as themselves. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 256 random bits, URL-safe, with the hash to store. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/**
 * A URL as logs may keep it: invitation, reset and calendar feed tokens are live credentials, and
 * a venue's check-in token lets whoever is invited check in without being there.
 */
export function redactTokens(url: string): string {
  return url
    .replace(/\/(invite|invitations|calendar|check-in)\/[\w-]{16,}/g, '/$1/[token]')
    .replace(/([?&]token=)[^&#]*/g, '$1[token]');
}

import type { FastifyContextConfig } from 'fastify';

/**
 * Who may call an API route. A route needs a signed-in member unless it says otherwise, so a
 * new route is closed until someone decides it should not be:
 * - `public`: anyone; what it does never depends on a session (health, sign-in, a token given
 *   in the address or the body);
 * - `optional`: anyone, and a session cookie, when sent, changes the answer (who is signed in,
 *   signing out).
 * The auth plugin enforces it and the OpenAPI document's `security` is derived from it, so the
 * two cannot disagree.
 */
export type Access = 'member' | 'public' | 'optional';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Exclude<Access, 'member'>;
  }
}

/** A route that never reads the session (see `sessionless`) cannot require one. */
export function accessOf(config: FastifyContextConfig | undefined): Access {
  return config?.access ?? (config?.sessionless ? 'public' : 'member');
}

/** The name of the session cookie's scheme in the OpenAPI document. */
export const SESSION_SCHEME = 'session';

/** The OpenAPI `security` of an operation with this access. */
export function securityOf(access: Access): Record<string, string[]>[] {
  if (access === 'public') return [];
  if (access === 'optional') return [{}, { [SESSION_SCHEME]: [] }];
  return [{ [SESSION_SCHEME]: [] }];
}

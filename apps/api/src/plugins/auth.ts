import { randomBytes } from 'node:crypto';
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle';
import type { AccountMember, Role } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { sessions } from '@praxis/db/schema/auth';
import { members } from '@praxis/db/schema/members';
import { isLocale, type Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Lucia, TimeSpan } from 'lucia';
import { AppError } from '../app-error.ts';
import type { Config } from '../config.ts';
import { accessOf } from './access.ts';
import { cookieChoice } from './locale.ts';
import { HashedSessionAdapter, UpgradeSessionAdapter } from './session-adapter.ts';

// Every use of the lucia package stays in this file and its adapter (session-adapter.ts), so that
// replacing it with a hand-written session store later touches nothing else.

/**
 * Over https the name carries the `__Host-` prefix: browsers then accept the cookie only if it is
 * Secure, for Path=/ and with no Domain, so a sibling subdomain cannot plant or widen a session.
 * Plain http (development) cannot use the prefix.
 */
export function sessionCookieName(config: Pick<Config, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-praxis_session' : 'praxis_session';
}
/** Marks an in-process request made for a page already signed in; see `Sessions.vouchFor`. */
export const VOUCHED_HEADER = 'x-praxis-vouched';
const SESSION_LIFETIME = new TimeSpan(30, 'd');
/** However active, a session ends this long after sign-in and the member signs in again. */
export const SESSION_ABSOLUTE_LIMIT_MS = 90 * 24 * 60 * 60 * 1000;

function createLucia(db: Db, config: Config, Adapter = HashedSessionAdapter) {
  return new Lucia(new Adapter(db, new DrizzlePostgreSQLAdapter(db, sessions, members)), {
    sessionExpiresIn: SESSION_LIFETIME,
    sessionCookie: {
      name: sessionCookieName(config),
      expires: true,
      attributes: { secure: config.secureCookies, sameSite: 'lax', path: '/' },
    },
    getSessionAttributes: (attributes) => ({ createdAt: attributes.createdAt }),
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      name: attributes.name,
      role: attributes.role,
      locale: attributes.locale,
      deactivatedAt: attributes.deactivatedAt,
    }),
  });
}

declare module 'lucia' {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    DatabaseSessionAttributes: { createdAt: Date };
    DatabaseUserAttributes: {
      email: string;
      name: string;
      role: Role;
      locale: Locale | null;
      deactivatedAt: Date | null;
    };
  }
}

export interface Sessions {
  /** Signs `memberId` in on this browser, ending whatever session the browser had before. */
  start(request: FastifyRequest, reply: FastifyReply, memberId: string): Promise<void>;
  /** Signs this browser out. */
  end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Ends every session of the member, on every device. */
  endAll(memberId: string): Promise<void>;
  /** The member a session token signs in, or null when it ended, expired or was deactivated. */
  memberFor(token: string): Promise<AccountMember | null>;
  /** Hears of every ended session, so that long-lived connections can close theirs. */
  onEnded(listener: (memberId: string) => void): void;
  /**
   * Headers under which requests made in-process on behalf of `request` (a page's first reads)
   * are taken as its already-validated member, rather than each validating the cookie again;
   * valid until `done`. The header holds an unguessable nonce known only to this process.
   */
  vouchFor(request: FastifyRequest): { headers: Record<string, string>; done(): void };
}

declare module 'fastify' {
  interface FastifyInstance {
    sessions: Sessions;
  }
  interface FastifyRequest {
    member: AccountMember | null;
    sessionToken: string | null;
  }
}

export default fp(
  async function auth(app: FastifyInstance, { config }: { config: Config }) {
    const lucia = createLucia(app.db, config);
    /** For websocket upgrades and the sockets' session checks, which come in storms. */
    const upgrades = createLucia(app.db, config, UpgradeSessionAdapter);

    app.decorateRequest('member', null);
    app.decorateRequest('sessionToken', null);

    const vouched = new Map<string, { member: AccountMember | null; token: string | null }>();
    const endedListeners = new Set<(memberId: string) => void>();
    const ended = (memberId: string) => {
      for (const listener of endedListeners) listener(memberId);
    };

    /** The session behind `token`, ended on the spot if it outlived its absolute limit. */
    async function validate(token: string, sessionsOf = lucia) {
      const { session, user } = await sessionsOf.validateSession(token);
      const expired =
        session !== null && Date.now() - session.createdAt.getTime() > SESSION_ABSOLUTE_LIMIT_MS;
      if (!session || !user || user.deactivatedAt || expired) {
        if (session) await lucia.invalidateSession(token);
        return null;
      }
      const member: AccountMember = {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        locale: user.locale,
      };
      return { fresh: session.fresh, member };
    }

    app.decorate('sessions', {
      async start(request, reply, memberId) {
        if (request.sessionToken) {
          await lucia.invalidateSession(request.sessionToken);
          if (request.member) ended(request.member.id);
        }
        // A language chosen on the sign-in page becomes the member's, if they had none saved,
        // so that their e-mails follow it too.
        const chosen = cookieChoice(request);
        if (isLocale(chosen)) {
          await app.db
            .update(members)
            .set({ locale: chosen })
            .where(and(eq(members.id, memberId), isNull(members.locale)));
        }
        const session = await lucia.createSession(memberId, { createdAt: new Date() });
        reply.header('set-cookie', lucia.createSessionCookie(session.id).serialize());
      },
      async end(request, reply) {
        if (request.sessionToken) await lucia.invalidateSession(request.sessionToken);
        reply.header('set-cookie', lucia.createBlankSessionCookie().serialize());
        if (request.member) ended(request.member.id);
      },
      async endAll(memberId) {
        await lucia.invalidateUserSessions(memberId);
        ended(memberId);
      },
      async memberFor(token) {
        // Asked by the sockets' session checks, thousands at a time: looked up together.
        return (await validate(token, upgrades))?.member ?? null;
      },
      onEnded(listener) {
        endedListeners.add(listener);
      },
      vouchFor(request) {
        const nonce = randomBytes(24).toString('base64url');
        vouched.set(nonce, { member: request.member, token: request.sessionToken });
        return { headers: { [VOUCHED_HEADER]: nonce }, done: () => vouched.delete(nonce) };
      },
    } satisfies Sessions);

    app.addHook('onRequest', async (request, reply) => {
      const { session, sessionless } = request.routeOptions.config;
      if ((!request.url.startsWith('/api/') && !session) || sessionless) return;
      const vouchedFor = vouched.get(String(request.headers[VOUCHED_HEADER]));
      if (vouchedFor) {
        request.member = vouchedFor.member;
        request.sessionToken = vouchedFor.token;
        return;
      }
      const token = lucia.readSessionCookie(request.headers.cookie ?? '');
      if (!token) return;
      const valid = await validate(token, isUpgrade(request) ? upgrades : lucia);
      if (!valid) {
        reply.header('set-cookie', lucia.createBlankSessionCookie().serialize());
        return;
      }
      if (valid.fresh) {
        reply.header('set-cookie', lucia.createSessionCookie(token).serialize());
      }
      request.sessionToken = token;
      request.member = valid.member;
    });

    // After every onRequest hook, so the per-route rate limit counts the refused requests too,
    // and before the body is read: an anonymous caller is told to sign in, whatever it sent.
    app.addHook('preParsing', async (request) => {
      if (!request.routeOptions.url?.startsWith('/api/')) return;
      if (accessOf(request.routeOptions.config) === 'member') requireMember(request);
    });
  },
  { name: 'auth', dependencies: ['db'] },
);

/** A websocket's opening request. */
const isUpgrade = (request: FastifyRequest) =>
  request.headers.upgrade?.toLowerCase() === 'websocket';

/** The signed-in member, or a 401 that tells the person to sign in. */
export function requireMember(request: FastifyRequest): AccountMember {
  if (!request.member) throw new AppError('unauthenticated', msg('errors.auth.signInToContinue'));
  return request.member;
}

/**
 * The signed-in member if their role is among `roles`. `refusal` is the whole sentence, a `msg`
 * naming who may do what ("Only admins can …"): a sentence built from pieces does not translate.
 */
export function requireRole(
  request: FastifyRequest,
  roles: readonly Role[],
  refusal: string,
): AccountMember {
  const member = requireMember(request);
  assertRole(member, roles, refusal);
  return member;
}

/** Refuses, with `refusal` (a `msg` naming who may), a member whose role is not among `roles`. */
export function assertRole(member: AccountMember, roles: readonly Role[], refusal: string) {
  if (!roles.includes(member.role)) throw new AppError('forbidden', refusal);
}

export const isOrganiser = (member: Pick<AccountMember, 'role'>) =>
  member.role === 'organiser' || member.role === 'admin';

/** Organisers and admins run programmes, cohorts and invitations. */
export function requireOrganiser(member: AccountMember, refusal: string) {
  assertRole(member, ['organiser', 'admin'], refusal);
}

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sameOriginPath } from '@praxis/contracts/return-path';
import type { SsoOptions, SsoSignedIn } from '@praxis/contracts/sso';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import * as oidc from 'openid-client';
import { AppError } from '../../app-error.ts';
import type { OidcConfig } from '../../config.ts';
import { hashPassword } from '../../plugins/passwords.ts';
import { newToken } from '../../tokens.ts';
import { findAccountByEmail } from '../auth/auth.service.ts';
import { acceptInvitationOf } from '../invitations/invitations.service.ts';

/** How long a browser has to come back from the identity provider. */
export const SSO_FLOW_LIFETIME_SECONDS = 10 * 60;

/** The SPA page the identity provider sends the browser back to; it posts the answer on. */
export const SSO_CALLBACK_PATH = '/sso/callback';

export interface SsoDeps {
  db: Db;
  oidc: OidcConfig | null;
  publicOrigin: string;
  log: { warn(object: unknown, message: string): void };
}

/** What the browser keeps between leaving for the identity provider and coming back. */
interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  expiresAt: number;
}

const notSetUp = () => new AppError('not_found', msg('errors.sso.notSetUp'));
/** `why` (a `msg`) ends by sending the person back to the sign-in page. */
const startAgain = (why: string) => new AppError('invalid', why);

export function createSsoService(deps: SsoDeps) {
  const { db, publicOrigin } = deps;
  const redirectUri = `${publicOrigin}${SSO_CALLBACK_PATH}`;
  let discovered: Promise<oidc.Configuration> | undefined;

  /** The provider's metadata and keys, fetched once; a failed fetch is tried again next time. */
  function provider(settings: OidcConfig): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        // config.ts admits plain http only for an issuer on this machine (development, tests).
        execute: settings.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        discovered = undefined;
        deps.log.warn({ err: error }, 'single sign-on: the identity provider did not answer');
        throw new AppError('unavailable', msg('errors.sso.unreachableUsePassword'), {
          retryAfterSeconds: 60,
        });
      });
    return discovered;
  }

  return {
    options(): SsoOptions {
      return deps.oidc
        ? { enabled: true, buttonLabel: deps.oidc.buttonLabel }
        : { enabled: false, buttonLabel: null };
    },

    /** Where to send the browser to sign in, and the sealed flow it must bring back. */
    async start(next: string | undefined): Promise<{ url: string; flow: string }> {
      const settings = deps.oidc;
      if (!settings) throw notSetUp();
      const config = await provider(settings);
      const flow: Flow = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
        next: sameOriginPath(next, publicOrigin),
        expiresAt: Date.now() + SSO_FLOW_LIFETIME_SECONDS * 1000,
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, flow: seal(flow, settings.clientSecret) };
    },

    /**
     * Checks the provider's answer against the flow this browser started, and lets in the
     * owner of a verified address that is a member's or has an open invitation; no one else.
     */
    async finish(sealed: string | undefined, query: string): Promise<SsoSignedIn> {
      const settings = deps.oidc;
      if (!settings) throw notSetUp();
      const flow = sealed ? unseal(sealed, settings.clientSecret) : null;
      if (!flow) {
        throw startAgain(msg('errors.sso.flowLost', { minutes: SSO_FLOW_LIFETIME_SECONDS / 60 }));
      }
      const answer = new URLSearchParams(query.replace(/^\?/, ''));
      if (answer.get('state') !== flow.state) {
        throw startAgain(msg('errors.sso.answerMismatch'));
      }
      const config = await provider(settings);
      const email = await verifiedEmail(config, answer, flow);
      const account = await findAccountByEmail(db, email.address);
      if (account) {
        const { deactivated, ...member } = account;
        if (deactivated) {
          throw new AppError('forbidden', msg('errors.auth.deactivated'));
        }
        return { member, joined: false, next: flow.next };
      }
      // The account gets a password nobody knows; the member can choose one by resetting it.
      const passwordHash = await hashPassword(newToken().token);
      const joined = await acceptInvitationOf(db, email.address, {
        name: email.name,
        passwordHash,
      });
      if (!joined) {
        throw new AppError('forbidden', msg('errors.sso.notInvited', { email: email.address }));
      }
      return { member: joined, joined: true, next: flow.next };
    },
  };

  async function verifiedEmail(config: oidc.Configuration, answer: URLSearchParams, flow: Flow) {
    const current = new URL(redirectUri);
    current.search = answer.toString();
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new oidc.ClientError('no ID token');
      // Providers may keep the e-mail out of the ID token and give it at the userinfo endpoint.
      claims =
        typeof idToken.email === 'string'
          ? idToken
          : await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
    } catch (error) {
      throw grantFailure(error, deps.log);
    }
    const address = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!address) {
      throw new AppError('forbidden', msg('errors.sso.noEmail'));
    }
    if (claims.email_verified !== true) {
      throw new AppError('forbidden', msg('errors.sso.unverifiedEmail', { email: address }));
    }
    return { address, name: personName(claims.name) };
  }
}

export type SsoService = ReturnType<typeof createSsoService>;

function grantFailure(error: unknown, log: SsoDeps['log']): AppError {
  if (error instanceof oidc.AuthorizationResponseError) {
    return startAgain(
      error.error === 'access_denied'
        ? msg('errors.sso.cancelled')
        : msg('errors.sso.refused', { reason: error.error_description ?? error.error }),
    );
  }
  // fetch fails with a TypeError when the provider is unreachable, a TimeoutError when slow.
  if (error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError')) {
    log.warn({ err: error }, 'single sign-on: the identity provider did not answer');
    return new AppError('unavailable', msg('errors.sso.unreachable'), {
      retryAfterSeconds: 60,
    });
  }
  log.warn({ err: error }, 'single sign-on: the answer could not be verified');
  return startAgain(msg('errors.sso.unverifiable'));
}

/** A name the provider gave, if it is one Praxis can show; else the invitation's is used. */
function personName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  const name = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name ? name.slice(0, 120) : null;
}

const flowKey = (clientSecret: string) =>
  createHash('sha256').update(`praxis sso flow\n${clientSecret}`).digest();

/** The flow, signed so that nothing but this server's own start is taken back. */
function seal(flow: Flow, clientSecret: string): string {
  const body = Buffer.from(JSON.stringify(flow)).toString('base64url');
  const mac = createHmac('sha256', flowKey(clientSecret)).update(body).digest('base64url');
  return `${body}.${mac}`;
}

function unseal(sealed: string, clientSecret: string): Flow | null {
  const [body, mac] = sealed.split('.');
  if (!body || !mac) return null;
  const expected = createHmac('sha256', flowKey(clientSecret)).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const flow = JSON.parse(Buffer.from(body, 'base64url').toString()) as Flow;
    return flow.expiresAt > Date.now() ? flow : null;
  } catch {
    return null;
  }
}

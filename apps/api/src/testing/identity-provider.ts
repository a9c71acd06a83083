import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const IDP_CLIENT_ID = 'praxis';
export const IDP_CLIENT_SECRET = 'a client secret only these tests use';

export interface IdentityProvider {
  issuer: string;
  /** The environment that points Praxis at this provider. */
  env: Record<string, string>;
  /** Registers Praxis at `praxisOrigin` as the client; call before anyone signs in. */
  trust(praxisOrigin: string): void;
  /**
   * Signs in as `login` (which is also the e-mail) at the provider's login form, the way a
   * browser would, and returns the query string the provider sends back to Praxis with.
   */
  signIn(authorizationUrl: string, login: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider with its development login form: any login,
 * any password) on a free port. Each login is an account whose e-mail is the login, verified
 * unless listed in `unverified`.
 */
export async function startIdentityProvider(
  options: { unverified?: string[]; names?: Record<string, string> } = {},
): Promise<IdentityProvider> {
  let handler: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  const server = createServer((request, response) => {
    if (handler) return handler(request, response);
    response.statusCode = 503;
    response.end('not trusting any client yet');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let redirectUri = '';
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  });

  const provider = (praxisOrigin: string) =>
    new Provider(issuer, {
      clients: [
        {
          client_id: IDP_CLIENT_ID,
          client_secret: IDP_CLIENT_SECRET,
          redirect_uris: [`${praxisOrigin}/sso/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      cookies: { keys: ['a cookie key only these tests use'] },
      jwks: { keys: [signingKey] },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
      features: { devInteractions: { enabled: true } },
      async findAccount(_context, sub) {
        return {
          accountId: sub,
          claims: async () => ({
            sub,
            email: sub,
            email_verified: !options.unverified?.includes(sub),
            ...(options.names?.[sub] ? { name: options.names[sub] } : {}),
          }),
        };
      },
      // Praxis is the provider's own first-party client: no consent screen.
      async loadExistingGrant(context) {
        const accountId = context.oidc.session?.accountId;
        const clientId = context.oidc.client?.clientId;
        if (!accountId || !clientId) return undefined;
        const grant = new context.oidc.provider.Grant({ accountId, clientId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    });

  return {
    issuer,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: IDP_CLIENT_ID,
      OIDC_CLIENT_SECRET: IDP_CLIENT_SECRET,
      OIDC_BUTTON_LABEL: 'Sign in with Agency ID',
    },
    trust(praxisOrigin) {
      redirectUri = `${praxisOrigin}/sso/callback`;
      const app = provider(praxisOrigin);
      app.on('server_error', (_context, error) => console.error(error));
      handler = app.callback();
    },
    async signIn(authorizationUrl, login) {
      const cookies = new Map<string, string>();
      let url = authorizationUrl;
      let body: URLSearchParams | undefined;
      for (let step = 0; step < 10; step += 1) {
        const response = await fetch(url, {
          method: body ? 'POST' : 'GET',
          redirect: 'manual',
          headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
          ...(body ? { body } : {}),
        });
        for (const header of response.headers.getSetCookie()) {
          const [pair = ''] = header.split(';');
          const [name = '', ...value] = pair.split('=');
          cookies.set(name, value.join('='));
        }
        const location = response.headers.get('location');
        body = undefined;
        if (location?.startsWith(redirectUri)) return new URL(location).search;
        if (location) {
          url = new URL(location, url).href;
        } else if (response.ok && url.includes('/interaction/')) {
          body = new URLSearchParams({ prompt: 'login', login, password: 'any' });
        } else {
          throw new Error(`the provider answered ${response.status}: ${await response.text()}`);
        }
      }
      throw new Error('the provider never sent the browser back to Praxis');
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { msg } from '@praxis/i18n/message-ref';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { AppError } from '../app-error.ts';
import type { Config } from '../config.ts';
import { addressGroup } from '../lib/address-group.ts';

/** Methods that change nothing: exempt from the Origin check (and so from its 403). */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route acts on a signed token it is given, never on the session: the auth plugin does
     * not read the cookie for it, and the Origin check lets it be posted from anywhere (a mail
     * provider's one-click unsubscribe sends no Origin), since there is no ambient authority
     * for another site to borrow.
     */
    sessionless?: boolean;
    /**
     * A route outside /api that still reads the session, as the API's routes do (refreshing or
     * clearing the cookie on its own reply): the page itself, which carries the member's answers.
     */
    session?: boolean;
    /**
     * Search engines may index the route's answers: it lifts the `X-Robots-Tag: noindex` every
     * other answer carries. For pages meant for the public web only; nothing of the closed app.
     */
    indexable?: boolean;
  }
}

/** Everything is kept out of search engines unless its route says it is meant for the public. */
const NO_INDEX = 'noindex, nofollow';

/** Per signed-in member, or per anonymous address (IPv6: per /64). */
export const REQUESTS_PER_MINUTE = 600;

/** Praxis uses none of these; a page that is tricked into asking for them is refused. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

function helmetOptions(config: Pick<Config, 'secureCookies'>): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense when Praxis is actually served over https.
    strictTransportSecurity: config.secureCookies,
  };
}

/**
 * The security headers of every response, for the answers Fastify and Node give before any
 * hook runs (a malformed URL, an oversized header, a timed-out request). They depend on the
 * configuration alone, so they are worked out once by running helmet on a stand-in response.
 */
export function securityHeaders(config: Pick<Config, 'secureCookies'>): Record<string, string> {
  const headers: Record<string, string> = {
    'permissions-policy': PERMISSIONS_POLICY,
    'x-robots-tag': NO_INDEX,
  };
  const collector = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  // The same options, typed by the copy of helmet the Fastify plugin was built against.
  helmet(helmetOptions(config) as HelmetOptions)({} as IncomingMessage, collector, () => {});
  return headers;
}

export default fp(
  async function security(app: FastifyInstance, { config }: { config: Config }) {
    // Helmet's own hook builds its middleware from the options again on every request; these
    // headers depend on the configuration alone, so they are worked out once and set as they are.
    const { 'x-robots-tag': _, ...headers } = securityHeaders(config);
    app.addHook('onRequest', async (request, reply) => {
      reply.headers(headers);
      if (!request.routeOptions.config.indexable) reply.header('x-robots-tag', NO_INDEX);
    });

    // A coarse ceiling for everything but the build's assets; login and reset have tighter, shared limits. Signed-in
    // traffic counts per member, so a venue's Wi-Fi or a ministry's NAT address full of members
    // is not refused as one. The route-level hook runs after the auth plugin's, which has
    // checked the session by then; a made-up cookie counts as anonymous.
    // The build's hashed files are exempt: they are read from memory or disk, never change, and
    // a service worker installing the app fetches a hundred of them at once.
    await app.register(rateLimit, {
      max: REQUESTS_PER_MINUTE,
      timeWindow: '1 minute',
      allowList: (request) => request.method === 'GET' && request.url.startsWith('/assets/'),
      keyGenerator: (request) =>
        request.member ? `member:${request.member.id}` : `address:${addressGroup(request.ip)}`,
      errorResponseBuilder: (_request, context) =>
        new AppError(
          'rate_limited',
          msg('errors.request.tooManyRequests', { seconds: Math.ceil(context.ttl / 1000) }),
          { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
        ),
    });

    // Cookies ride along with cross-site requests; the Origin header tells them apart.
    app.addHook('onRequest', async (request) => {
      if (SAFE_METHODS.has(request.method) || request.routeOptions.config.sessionless) return;
      const origin = request.headers.origin;
      if (!origin || !config.allowedOrigins.includes(origin)) {
        throw new AppError('forbidden', msg('errors.request.crossSite'));
      }
    });
  },
  { name: 'security' },
);

import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../app-error.ts';
import type { Config } from '../config.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export default fp(
  async function security(app: FastifyInstance, { config }: { config: Config }) {
    await app.register(helmet, {
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
    });

    // A coarse per-IP ceiling for everything; login and reset have tighter, shared limits.
    await app.register(rateLimit, {
      max: 600,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request, context) =>
        new AppError(
          'rate_limited',
          `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
          {
            retryAfterSeconds: Math.ceil(context.ttl / 1000),
          },
        ),
    });

    // Cookies ride along with cross-site requests; the Origin header tells them apart.
    app.addHook('onRequest', async (request) => {
      if (SAFE_METHODS.has(request.method)) return;
      const origin = request.headers.origin;
      if (!origin || !config.allowedOrigins.includes(origin)) {
        throw new AppError(
          'forbidden',
          'This request did not come from the Praxis site, so it was refused. Reload the page and try again.',
        );
      }
    });
  },
  { name: 'security' },
);

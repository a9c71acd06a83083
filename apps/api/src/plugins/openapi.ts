import { createHash } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import { type Encoding, encodeText, preferredEncoding } from '../lib/content-encoding.ts';
import { SESSION_SCHEME } from './access.ts';
import { asyncapiDocument } from './asyncapi-document.ts';
import { sessionCookieName } from './auth.ts';
import { describeRoute, finish, LICENCE, markErrors } from './openapi-document.ts';

/** The OpenAPI document is generated from the same zod schemas that validate requests. */
export default fp(
  async function openapi(app: FastifyInstance, { config }: { config: Config }) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Praxis API',
          description:
            'The REST API of Praxis, the alumni network for public-sector innovators. Sign in with `signIn`: it sets the session cookie that every operation needing a member reads. State-changing requests must carry an Origin header naming the network. Every error has one shape (`Error`); the real-time protocol (one websocket at /api/ws) is described by the AsyncAPI document at /api/asyncapi.json.',
          version: '0.1.0',
          license: { name: LICENCE, identifier: LICENCE },
        },
        servers: [{ url: config.publicOrigin, description: 'This network' }],
        components: {
          securitySchemes: {
            [SESSION_SCHEME]: {
              type: 'apiKey',
              in: 'cookie',
              name: sessionCookieName(config),
              description: 'The HttpOnly session cookie that signing in sets.',
            },
          },
        },
      },
      transform: (input) => {
        const described = describeRoute(input);
        return markErrors(described, jsonSchemaTransform(described));
      },
      transformObject: (document) =>
        finish((document as { openapiObject: Parameters<typeof finish>[0] }).openapiObject),
    });
    // The interactive documentation is as public as the document it shows.
    await app.register(async (docs) => {
      docs.addHook('onRoute', (route) => {
        route.config = { ...route.config, access: 'public' };
      });
      await docs.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    });
    serveDocument(app, '/api/openapi.json', () => app.swagger());
    serveDocument(app, '/api/asyncapi.json', () =>
      asyncapiDocument(config.publicOrigin, sessionCookieName(config)),
    );
  },
  { name: 'openapi' },
);

/**
 * A document changes only with the code: it is written and compressed once per process, and a
 * client holding the same version is told so (304) rather than sent it again.
 */
function serveDocument(app: FastifyInstance, url: string, build: () => object) {
  let document: { etag: string; text: string } | undefined;
  const encoded = new Map<Encoding | null, string | Buffer>();
  const route = { schema: { hide: true }, config: { access: 'public' as const } };
  app.get(url, route, async (request, reply) => {
    if (!document) {
      const text = JSON.stringify(build());
      document = { text, etag: `"${createHash('sha256').update(text).digest('base64url')}"` };
    }
    reply
      .header('etag', document.etag)
      .header('cache-control', 'no-cache')
      .header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === document.etag) return reply.code(304).send();
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    let body = encoded.get(encoding);
    if (body === undefined) {
      body = encodeText(document.text, encoding, 'once');
      encoded.set(encoding, body);
    }
    if (encoding) reply.header('content-encoding', encoding);
    return reply.type('application/json; charset=utf-8').send(body);
  });
}

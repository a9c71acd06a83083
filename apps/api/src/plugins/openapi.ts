import { createHash } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ErrorResponse } from '@praxis/contracts/errors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import { type Encoding, encodeText, preferredEncoding } from '../lib/content-encoding.ts';
import { sessionCookieName } from './auth.ts';

/**
 * Answers any operation can give before or beside its handler: Fastify's and Node's refusals of
 * a malformed request, and a database out of reach. Documented once here rather than on each
 * route; an operation's own description of the same status wins.
 */
const refusals = {
  400: ErrorResponse.describe('The request is malformed (a wrongly percent-encoded address)'),
  408: ErrorResponse.describe('The request did not arrive in time and was cut off'),
  431: ErrorResponse.describe('The address and headers are over 16 KB'),
  503: ErrorResponse.describe('The database cannot be reached; try again after Retry-After'),
};
const tooLongParameter = {
  414: ErrorResponse.describe('A path parameter is over 100 characters'),
};

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

function withRefusals(input: TransformInput): TransformInput {
  const { schema, url } = input;
  if (!schema?.response || typeof schema.response !== 'object') return input;
  const response = {
    ...refusals,
    ...(url.includes(':') ? tooLongParameter : {}),
    ...(schema.response as Record<string, unknown>),
  };
  return { ...input, schema: { ...schema, response } };
}

/** The OpenAPI document is generated from the same zod schemas that validate requests. */
export default fp(
  async function openapi(app: FastifyInstance, { config }: { config: Config }) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Praxis API',
          description: 'The REST API of Praxis, the alumni network for public-sector innovators.',
          version: '0.1.0',
        },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: sessionCookieName(config) },
          },
        },
      },
      transform: (input) => jsonSchemaTransform(withRefusals(input)),
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    // The document changes only with the code: it is written and compressed once per process,
    // and a client holding the same version is told so (304) rather than sent it again.
    let document: { etag: string; text: string } | undefined;
    const encoded = new Map<Encoding | null, string | Buffer>();
    app.get('/api/openapi.json', { schema: { hide: true } }, async (request, reply) => {
      if (!document) {
        const text = JSON.stringify(app.swagger());
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
  },
  { name: 'openapi' },
);

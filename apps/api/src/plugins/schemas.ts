import { ErrorResponse } from '@praxis/contracts/errors';
import fastJsonStringify from 'fast-json-stringify';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * zod validates what comes in. What goes out is described by the same zod schemas, but
 * serialised by fast-json-stringify from their JSON Schema: re-parsing every response with
 * zod costs a large share of a route's throughput. It also drops any property the schema
 * does not name, so a forgotten column never leaks.
 */
export default fp(
  async function schemas(app: FastifyInstance) {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(({ schema }) => {
      const jsonSchema = z.toJSONSchema(schema as z.ZodType, {
        io: 'output',
        target: 'draft-07',
        unrepresentable: 'any',
      });
      return fastJsonStringify(jsonSchema as Parameters<typeof fastJsonStringify>[0]);
    });
  },
  { name: 'schemas' },
);

type ErrorStatus = 400 | 401 | 403 | 404 | 408 | 409 | 413 | 414 | 429 | 431 | 503;

/** Declares the error responses a route can give, all in the one shape of the contracts. */
export function errorResponses<S extends ErrorStatus>(
  ...statuses: S[]
): Record<S, typeof ErrorResponse> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorResponse])) as Record<
    S,
    typeof ErrorResponse
  >;
}

import { ErrorResponse } from '@praxis/contracts/errors';
import fastJsonStringify from 'fast-json-stringify';
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { parseWithMessages } from '../lib/zod-messages.ts';

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
      return fastJsonStringify(
        nullableAsTypes(jsonSchema) as Parameters<typeof fastJsonStringify>[0],
      );
    });
  },
  { name: 'schemas' },
);

/**
 * zod writes a nullable value as `anyOf: [schema, { type: 'null' }]`, which fast-json-stringify
 * serialises by validating the value against each alternative (ajv, its formats and patterns
 * included) every time. Where the other alternative names a single type, the same schema says
 * `type: [that type, 'null']`, which it serialises with a type check: the same output, with no
 * validation per value.
 */
export function nullableAsTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableAsTypes);
  if (!node || typeof node !== 'object') return node;
  const schema = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, nullableAsTypes(value)]),
  );
  const { anyOf, ...rest } = schema;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return schema;
  const isNull = (alternative: Record<string, unknown>) =>
    alternative.type === 'null' && Object.keys(alternative).length === 1;
  const other = (anyOf as Record<string, unknown>[]).find((alternative) => !isNull(alternative));
  if (
    !other ||
    !anyOf.some(isNull) ||
    typeof other.type !== 'string' ||
    'anyOf' in other ||
    'const' in other ||
    Object.keys(rest).some((key) => key in other)
  ) {
    return schema;
  }
  return { ...rest, ...other, type: [other.type, 'null'] };
}

/** Marks an error as request validation, as fastify-type-provider-zod's own compiler does. */
const validationMark = Symbol.for('ZodFastifySchemaValidationError');

/** fastify-type-provider-zod's validator, with zod's default messages named by key. */
const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = parseWithMessages(schema, data);
    if (result.success) return { value: result.data };
    return {
      error: result.error.issues.map(({ code, path, message, ...params }) => ({
        [validationMark]: true,
        keyword: code,
        instancePath: `/${path.join('/')}`,
        schemaPath: `#/${path.join('/')}/${code}`,
        message,
        params,
      })) as unknown as Error,
    };
  };

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

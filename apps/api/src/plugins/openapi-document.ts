import { ErrorResponse } from '@praxis/contracts/errors';
import type { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Access, accessOf, securityOf } from './access.ts';
import { SAFE_METHODS } from './security.ts';

// What every operation shares is derived here from how the route is built, never written on
// each route: who may call it (its `access`), and the refusals that come before or beside its
// handler. Each error status is one response component, referenced by the operations.

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type Status = `${number}`;

/** The licence of Praxis, as an SPDX identifier. */
export const LICENCE = 'AGPL-3.0-only';

/** The error responses, one per status, each described once. */
const errorResponses: Record<Status, { name: string; description: string; retry?: true }> = {
  400: {
    name: 'BadRequest',
    description:
      'The request is invalid: a field that does not validate (`fields` maps its path to a message), JSON that does not parse, a body of a content type the operation does not take, or a wrongly percent-encoded address.',
  },
  401: {
    name: 'Unauthenticated',
    description:
      'No valid session: sign in (`signIn`) and send the session cookie it sets. A session ends after 30 days unused, 90 days at most, or when the member signs out.',
  },
  403: {
    name: 'Forbidden',
    description:
      "The member's role or the item's rules do not allow it, or a state-changing request came without one of the network's own origins in its Origin header.",
  },
  404: {
    name: 'NotFound',
    description:
      'Nothing by that identifier that the caller may see: what a member may not see answers as not found. An unknown path or method answers 404 in the same shape.',
  },
  408: {
    name: 'RequestTimeout',
    description: 'The request did not arrive in time and was cut off.',
  },
  409: {
    name: 'Conflict',
    description:
      'The request conflicts with the current state (it was already done, or changed meanwhile).',
  },
  413: {
    name: 'PayloadTooLarge',
    description:
      'The body is over the limit: 100 KB for a JSON body, or the size the operation states for a file.',
  },
  414: { name: 'UriTooLong', description: 'A path parameter is over 100 characters.' },
  429: {
    name: 'TooManyRequests',
    description:
      'Over a rate limit (600 requests a minute per member or address, less for sign-in, search and some writes); try again after Retry-After seconds.',
    retry: true,
  },
  431: { name: 'HeadersTooLarge', description: 'The address and headers are over 16 KB.' },
  500: {
    name: 'InternalError',
    description: 'The server failed; the message says so without details, which are logged.',
  },
  503: {
    name: 'Unavailable',
    description: 'The database cannot be reached; try again after Retry-After seconds.',
    retry: true,
  },
};

/** The statuses any operation can answer with, before or beside its handler. */
function refusalsOf(method: string, url: string, access: Access, sessionless: boolean): Status[] {
  const statuses: Status[] = ['400', '408', '429', '431', '500', '503'];
  if (access === 'member') statuses.push('401');
  // The Origin check of every state-changing request; a body over the limit.
  if (!SAFE_METHODS.has(method)) {
    if (!sessionless) statuses.push('403');
    statuses.push('413');
  }
  if (url.includes(':')) statuses.push('414');
  return statuses;
}

/** Marks a response schema as the error shape, to be replaced by its component in `finish`. */
const ERROR_MARK = 'x-praxis-error';

/** Before zod's transform: the derived security and refusals join what the route declares. */
export function describeRoute(input: TransformInput): TransformInput {
  const { schema, url, route } = input;
  if (!schema || schema.hide || !route) return input;
  const access = accessOf(route.config);
  const method = [route.method].flat()[0] ?? 'GET';
  const declared = (schema.response ?? {}) as Record<string, unknown>;
  const derived = refusalsOf(method, url, access, route.config?.sessionless === true);
  const response = {
    ...Object.fromEntries(derived.map((status) => [status, ErrorResponse])),
    ...declared,
  };
  return { ...input, schema: { ...schema, response, security: securityOf(access) } };
}

/** After zod's transform: each error response is marked for its component. */
export function markErrors(
  before: TransformInput,
  after: ReturnType<typeof jsonSchemaTransform>,
): ReturnType<typeof jsonSchemaTransform> {
  const declared = (before.schema?.response ?? {}) as Record<string, unknown>;
  const response = (after.schema as { response?: Record<string, Record<string, unknown>> })
    ?.response;
  if (!response) return after;
  for (const [status, zodSchema] of Object.entries(declared)) {
    const json = response[status];
    if (zodSchema === ErrorResponse && json) response[status] = { ...json, [ERROR_MARK]: true };
  }
  return after;
}

type Operation = {
  requestBody?: unknown;
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
};
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
};

/** A body that may be null may be left out altogether: the server then reads null. */
function optionalWhenNullable(body: unknown) {
  const described = body as
    | { required?: boolean; content?: Record<string, { schema?: { anyOf?: unknown[] } }> }
    | undefined;
  const variants = described?.content?.['application/json']?.schema?.anyOf ?? [];
  if (described && variants.some((variant) => (variant as { type?: unknown }).type === 'null')) {
    described.required = false;
  }
}

/** The whole document: error responses referenced, components added, records' keys named. */
export function finish(document: Document): Document {
  const used = new Set<Status>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      optionalWhenNullable(operation.requestBody);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const schema = response.content?.['application/json']?.schema as Record<string, unknown>;
        const known = errorResponses[status as Status];
        if (!schema?.[ERROR_MARK] || !known) continue;
        used.add(status as Status);
        (operation.responses as Record<string, unknown>)[status] = {
          $ref: `#/components/responses/${known.name}`,
        };
      }
    }
  }
  const responses = Object.fromEntries(
    [...used].sort().flatMap((status) => {
      const known = errorResponses[status];
      if (!known) return [];
      const { name, description, retry } = known;
      return [
        [
          name,
          {
            description,
            ...(retry
              ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } }
              : {}),
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ],
      ];
    }),
  );
  nameRecordKeys(document.paths);
  return {
    ...document,
    components: {
      ...document.components,
      schemas: {
        ...(document.components?.schemas as object),
        Error: z.toJSONSchema(ErrorResponse, { target: 'draft-2020-12', io: 'output' }),
      },
      responses,
      headers: {
        RetryAfter: {
          description: 'Seconds to wait before trying again.',
          schema: { type: 'integer', minimum: 1 },
        },
      },
    },
  };
}

/**
 * zod writes a record keyed by an enum as `propertyNames` plus `required`; the same object with
 * its keys listed as `properties` means the same, and linters and client generators read it.
 */
function nameRecordKeys(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const each of node) nameRecordKeys(each);
    return;
  }
  const schema = node as Record<string, unknown>;
  const keys = (schema.propertyNames as { enum?: unknown[] } | undefined)?.enum;
  if (keys && schema.additionalProperties && !schema.properties) {
    const value = schema.additionalProperties;
    schema.properties = Object.fromEntries(keys.map((key) => [String(key), value]));
    schema.additionalProperties = false;
    delete schema.propertyNames;
  }
  for (const value of Object.values(schema)) nameRecordKeys(value);
}

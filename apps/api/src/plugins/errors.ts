import type { Socket } from 'node:net';
import type { ErrorResponse } from '@praxis/contracts/errors';
import { isConnectionLost } from '@praxis/db/client';
import { type Locale, sourceLocale } from '@praxis/i18n/locales';
import { formatMsg } from '@praxis/i18n/translate';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isRefusedInput, isUniqueViolation, statusByCode } from '../app-error.ts';

const INTERNAL_MESSAGE =
  'Something went wrong on our side. Please try again; if it keeps happening, tell an administrator.';

/** Long enough for a restarted database or a pool to reconnect, short enough to feel live. */
const DATABASE_RETRY_SECONDS = 5;

/** One place maps every failure to the error shape; 5xx are logged and answered generically. */
export default fp(
  async function errors(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const appError = toAppError(error);
      if (appError.code === 'internal' || appError.code === 'unavailable') {
        request.log.error({ err: error }, 'request failed');
      }
      return sendError(reply, appError);
    });

    app.setNotFoundHandler(
      { preHandler: app.rateLimit({ max: 60, timeWindow: '1 minute' }) },
      (request, reply) =>
        sendError(
          reply,
          new AppError(
            'not_found',
            `There is nothing at ${request.method} ${request.url.split('?')[0]}.`,
          ),
        ),
    );
  },
  { name: 'errors', dependencies: ['security'] },
);

/**
 * Fastify's own refusals before routing (a malformed percent-encoding, a path parameter over
 * `maxParamLength`) skip every hook, so the security headers are set here.
 */
export function routingErrorHandler(
  headers: Record<string, string>,
): NonNullable<FastifyServerOptions['frameworkErrors']> {
  return (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
    reply.headers(headers);
    void sendError(reply, toAppError(error));
  };
}

/**
 * Node's own refusals, before Fastify sees a request: a request line and headers over 16 KB (a
 * long query string), or a request that did not arrive within `requestTimeout` (a body sent a
 * byte at a time). Node leaves the reply to us: the error shape, the security headers, then
 * the connection is closed.
 */
export function clientErrorHandler(
  headers: Record<string, string>,
): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const appError =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new AppError(
            'request_timeout',
            'The request took too long to arrive, so it was cut off. Check your connection and send it again.',
          )
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? new AppError(
              'headers_too_large',
              'The address or headers of this request are over 16 KB. Shorten the search or the filters and try again.',
            )
          : new AppError('invalid', 'The request could not be read as HTTP.');
    // A reply that has begun cannot be replaced; the connection is closed under it.
    const pending = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (socket.writable && !pending?.headersSent) {
      const body = JSON.stringify(errorBody(appError, sourceLocale));
      const lines = [
        `HTTP/1.1 ${appError.statusCode} ${httpReason[appError.code] ?? 'Bad Request'}`,
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
        'content-type: application/json; charset=utf-8',
        `content-length: ${Buffer.byteLength(body)}`,
        'connection: close',
      ];
      socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
    }
    socket.destroySoon();
  };
}

const httpReason: Partial<Record<AppError['code'], string>> = {
  request_timeout: 'Request Timeout',
  headers_too_large: 'Request Header Fields Too Large',
};

/**
 * The error as the person reads it: services and schemas name their messages by catalog key
 * (`msg(…)`), and this is the one place that turns them into text, in the request's language.
 */
function errorBody(error: AppError, locale: Locale): ErrorResponse {
  const fields = error.options.fields;
  return {
    error: {
      code: error.code,
      message: formatMsg(locale, error.message),
      ...(fields
        ? {
            fields: Object.fromEntries(
              Object.entries(fields).map(([path, text]) => [path, formatMsg(locale, text)]),
            ),
          }
        : {}),
    },
  };
}

export function sendError(reply: FastifyReply, error: AppError) {
  if (error.options.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(error.options.retryAfterSeconds));
  }
  return reply
    .code(error.statusCode)
    .type('application/json')
    .send(JSON.stringify(errorBody(error, reply.request.locale)));
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const path =
        issue.instancePath.replace(/^\//, '').replaceAll('/', '.') ||
        error.validationContext ||
        'request';
      fields[path] ??= issue.message ?? 'This value is not accepted.';
    }
    const where = error.validationContext === 'body' ? '' : ` in the ${error.validationContext}`;
    const first = Object.values(fields)[0];
    return new AppError(
      'invalid',
      Object.keys(fields).length === 1 && first ? first : `Some fields${where} need attention.`,
      { fields },
    );
  }
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return new AppError('invalid', 'The request body is not valid JSON.');
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return new AppError(
      'invalid',
      'This address is not valid: part of it is wrongly percent-encoded. Check the link and try again.',
    );
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return new AppError(
      'uri_too_long',
      'Part of this address is over 100 characters, longer than anything Praxis names. Check the link and try again.',
    );
  }
  if (isConnectionLost(error)) {
    return new AppError(
      'unavailable',
      `Praxis cannot reach its database right now. Try again in ${DATABASE_RETRY_SECONDS} seconds.`,
      { retryAfterSeconds: DATABASE_RETRY_SECONDS },
    );
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError('invalid', 'The request body is empty; send a JSON object.');
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('payload_too_large', 'The request is too large.');
  }
  if (isUniqueViolation(error)) {
    return new AppError('conflict', 'That already exists.');
  }
  if (isRefusedInput(error)) {
    return new AppError(
      'invalid',
      'Part of the request is not something Praxis can store or look up.',
    );
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = codeForStatus(status);
    return new AppError(code, error.message || 'The request was not accepted.');
  }
  return new AppError('internal', INTERNAL_MESSAGE);
}

function codeForStatus(status: number) {
  const match = Object.entries(statusByCode).find(([, value]) => value === status);
  return (match?.[0] ?? 'invalid') as keyof typeof statusByCode;
}

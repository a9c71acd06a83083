import type { Socket } from 'node:net';
import type { ErrorResponse } from '@praxis/contracts/errors';
import { isConnectionLost } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { msg, parseMsg } from '@praxis/i18n/message-ref';
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
import { requestLocale } from './locale.ts';

const INTERNAL_MESSAGE = msg('errors.server.internal');

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
            msg('errors.request.notFound', {
              method: request.method,
              path: request.url.split('?')[0] ?? '/',
            }),
          ),
        ),
    );
  },
  { name: 'errors', dependencies: ['security'] },
);

/**
 * Fastify's own refusals before routing (a malformed percent-encoding, a path parameter over
 * `maxParamLength`) skip every hook, so the security headers are set here, and the language is
 * negotiated here: the request has none of the decorators.
 */
export function routingErrorHandler(
  headers: Record<string, string>,
  networkLocale: () => Locale,
): NonNullable<FastifyServerOptions['frameworkErrors']> {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    reply.headers(headers);
    void sendError(reply, toAppError(error), requestLocale(request, networkLocale()));
  };
}

/**
 * Node's own refusals, before Fastify sees a request: a request line and headers over 16 KB (a
 * long query string), or a request that did not arrive within `requestTimeout` (a body sent a
 * byte at a time). Node leaves the reply to us: the error shape, the security headers, then
 * the connection is closed. No header has been read, so the answer is in the network's language.
 */
export function clientErrorHandler(
  headers: Record<string, string>,
  locale: () => Locale,
): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const appError =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new AppError('request_timeout', msg('errors.request.timeout'))
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? new AppError('headers_too_large', msg('errors.request.headersTooLarge'))
          : new AppError('invalid', msg('errors.request.notHttp'));
    // A reply that has begun cannot be replaced; the connection is closed under it.
    const pending = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (socket.writable && !pending?.headersSent) {
      const body = JSON.stringify(errorBody(appError, locale()));
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

export function sendError(reply: FastifyReply, error: AppError, locale = reply.request.locale) {
  if (error.options.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(error.options.retryAfterSeconds));
  }
  return reply
    .code(error.statusCode)
    .type('application/json')
    .send(JSON.stringify(errorBody(error, locale)));
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
      // A schema names its messages by key; zod's own English (see schemas.ts) never reaches here.
      fields[path] ??=
        issue.message && parseMsg(issue.message)
          ? issue.message
          : msg('errors.request.fieldInvalid');
    }
    const first = Object.values(fields)[0];
    return new AppError(
      'invalid',
      Object.keys(fields).length === 1 && first
        ? first
        : msg('errors.request.fieldsNeedAttention', { part: error.validationContext ?? 'body' }),
      { fields },
    );
  }
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return new AppError('invalid', msg('errors.request.invalidJson'));
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return new AppError('invalid', msg('errors.request.badPercentEncoding'));
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return new AppError('uri_too_long', msg('errors.request.paramTooLong', { max: 100 }));
  }
  if (isConnectionLost(error)) {
    return new AppError(
      'unavailable',
      msg('errors.server.databaseUnavailable', { seconds: DATABASE_RETRY_SECONDS }),
      { retryAfterSeconds: DATABASE_RETRY_SECONDS },
    );
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError('invalid', msg('errors.request.emptyBody'));
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('payload_too_large', msg('errors.request.tooLarge'));
  }
  if (isUniqueViolation(error)) {
    return new AppError('conflict', msg('errors.request.alreadyExists'));
  }
  if (isRefusedInput(error)) {
    return new AppError('invalid', msg('errors.request.notStorable'));
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's own refusals (a wrong content type, a bad Content-Length) are English for
    // developers; the person is told in their language, the code says which.
    return new AppError(codeForStatus(status), msg('errors.request.notAccepted'));
  }
  return new AppError('internal', INTERNAL_MESSAGE);
}

function codeForStatus(status: number) {
  const match = Object.entries(statusByCode).find(([, value]) => value === status);
  return (match?.[0] ?? 'invalid') as keyof typeof statusByCode;
}

import type { ErrorResponse } from '@praxis/contracts/errors';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isRefusedInput, isUniqueViolation, statusByCode } from '../app-error.ts';

const INTERNAL_MESSAGE =
  'Something went wrong on our side. Please try again; if it keeps happening, tell an administrator.';

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

export function sendError(reply: FastifyReply, error: AppError) {
  if (error.options.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(error.options.retryAfterSeconds));
  }
  const body: ErrorResponse = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.options.fields ? { fields: error.options.fields } : {}),
    },
  };
  return reply.code(error.statusCode).type('application/json').send(JSON.stringify(body));
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

import type { ErrorCode } from '@praxis/contracts/errors';
import { msg } from '@praxis/i18n/message-ref';

export const statusByCode: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  request_timeout: 408,
  payload_too_large: 413,
  uri_too_long: 414,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  unavailable: 503,
};

/**
 * The one error a service throws when a request cannot be honoured. Its message is shown to
 * the person, so it says what to do next.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { fields?: Record<string, string>; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get statusCode(): number {
    return statusByCode[this.code];
  }
}

/** The PostgreSQL error inside `error`, however deeply the driver or drizzle wrapped it. */
function databaseError(error: unknown): { code: string; column?: unknown } | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 3; depth += 1) {
    if (typeof current === 'object' && 'code' in current && typeof current.code === 'string') {
      if (/^[0-9A-Z]{5}$/.test(current.code)) return current as { code: string };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The SQLSTATE of a PostgreSQL error, however deeply the driver or drizzle wrapped it. */
const sqlState = (error: unknown): string | undefined => databaseError(error)?.code;

/** A PostgreSQL unique violation (23505). */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}

/** Whether PostgreSQL refused a null in `column` (23502), however the error was wrapped. */
export function isNullIn(error: unknown, column: string): boolean {
  const refused = databaseError(error);
  return refused?.code === '23502' && refused.column === column;
}

/**
 * Input the database refused although validation let it by: a character it cannot store
 * (22P05, 22021), a number or date out of range (22003, 22008), a reference to a row that is
 * not there (23503). Validation should catch these first; this keeps a gap from being a 500.
 */
export function isRefusedInput(error: unknown): boolean {
  const state = sqlState(error);
  return state !== undefined && ['22P05', '22021', '22003', '22008', '23503'].includes(state);
}

/**
 * Names are unique; a clash becomes a 409 on the name field rather than a generic conflict.
 * `message` is a `msg` naming the clash.
 */
export async function conflictAsField<T>(work: () => Promise<T>, message: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', message, {
        fields: { name: msg('errors.request.chooseAnotherName') },
      });
    }
    throw error;
  }
}

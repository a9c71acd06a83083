import type { ErrorResponse } from '@praxis/contracts/errors';
import { takeFirstAnswer } from './first-answers.ts';
import { textOutsideReact } from './text-outside-react.ts';

/** A refusal from the API, carrying the message and per-field messages meant for the person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Same-origin requests; the session cookie rides along and the browser adds Origin. A GET the
 * page came with an answer to (first-answers.ts) is answered from it. A body is
 * sent as JSON, except a file (a Blob), which goes as it is, typed by its own media type.
 */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  if (method === 'GET') {
    const answer = takeFirstAnswer(path);
    if (answer !== undefined) return answer as T;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      ...encode(body),
    });
  } catch {
    throw new ApiError(0, 'unavailable', textOutsideReact('common.error.unreachable'));
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as ErrorResponse | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error?.message ??
        textOutsideReact('common.error.serverAnswered', { status: response.status }),
      error?.fields ?? {},
    );
  }
  return payload as T;
}

function encode(body: unknown): Pick<RequestInit, 'headers' | 'body'> {
  if (body === undefined) return {};
  if (body instanceof Blob) {
    return {
      headers: { 'content-type': body.type || 'application/octet-stream' },
      body,
    };
  }
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

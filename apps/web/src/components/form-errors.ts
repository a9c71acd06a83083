import { ApiError } from '../lib/api-client.ts';

/** The message and the per-field messages of a failed request, ready for a form to show. */
export function formErrors(error: unknown): {
  message: string | null;
  fields: Record<string, string>;
} {
  if (!error) return { message: null, fields: {} };
  if (error instanceof ApiError) return { message: error.message, fields: error.fields };
  return { message: 'Something went wrong. Please try again.', fields: {} };
}

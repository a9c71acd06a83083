import { ApiError } from '../lib/api-client.ts';
import { textOutsideReact } from '../lib/text-outside-react.ts';

/** The message and the per-field messages of a failed request, ready for a form to show. */
export function formErrors(error: unknown): {
  message: string | null;
  fields: Record<string, string>;
} {
  if (!error) return { message: null, fields: {} };
  if (error instanceof ApiError) return { message: error.message, fields: error.fields };
  return { message: textOutsideReact('common.error.unexpected'), fields: {} };
}

/**
 * The API's message for a field, or for any item in it: a list reports `expertise.2`, and the
 * form shows that beside the whole list, naming the item.
 */
export function fieldError(
  fields: Record<string, string>,
  name: string,
  items?: string[],
): string | undefined {
  if (fields[name]) return fields[name];
  for (const [path, message] of Object.entries(fields)) {
    if (!path.startsWith(`${name}.`)) continue;
    const item = items?.[Number(path.slice(name.length + 1))];
    return item ? `“${item}”: ${message}` : message;
  }
  return undefined;
}

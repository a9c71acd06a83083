import type { ServerMessageId } from './server-catalogs.ts';

/**
 * A message named by its catalog key, with the values its placeholders take, carried as a string
 * where only a string fits: a zod `error`, an `AppError`'s message, a field's message. The API's
 * error handler turns it into text in the language of the request; nothing else reads it.
 */
export type MessageValues = Record<string, string | number>;

const PREFIX = 'i18n:';

/** `msg('validation.titleMax', { max: 200 })` → a string the API formats when it answers. */
export function msg(key: ServerMessageId, values?: MessageValues): string {
  return values && Object.keys(values).length > 0
    ? `${PREFIX}${key}${JSON.stringify(values)}`
    : `${PREFIX}${key}`;
}

/** The key and values a `msg` string carries, or null for any other text. */
export function parseMsg(text: string): { key: string; values: MessageValues } | null {
  if (!text.startsWith(PREFIX)) return null;
  const brace = text.indexOf('{');
  if (brace === -1) return { key: text.slice(PREFIX.length), values: {} };
  try {
    return {
      key: text.slice(PREFIX.length, brace),
      values: JSON.parse(text.slice(brace)) as MessageValues,
    };
  } catch {
    return null;
  }
}

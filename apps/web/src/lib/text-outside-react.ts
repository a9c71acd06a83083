import { type IntlShape, useIntl } from 'react-intl';
import type { MessageId } from './i18n/message-ids.ts';

// Text written where no component is at hand (an error the client makes itself, a notice of the
// live connection) still comes in the language on screen: the app's root shares its intl here
// each time it renders, and these messages are formatted from it.

let shared: IntlShape | null = null;

/** Called once, at the root of the app inside the language provider. */
export function useShareIntlOutsideReact(): void {
  shared = useIntl();
}

/**
 * A message of the web catalogs in the language on screen. Before the first catalog has arrived
 * nothing is on screen to read it, so the key stands in.
 */
export function textOutsideReact(id: MessageId, values?: Record<string, string | number>): string {
  return shared ? shared.formatMessage({ id }, values) : id;
}

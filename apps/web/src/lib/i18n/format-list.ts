import type { IntlShape } from 'react-intl';

/**
 * A list as Praxis writes it: "Ana, Marko and Sara". Praxis's English is British, and Intl's
 * `en` is American, with a comma before "and"; English lists take the `en-GB` rules instead.
 */
export function formatList(
  intl: IntlShape,
  items: readonly string[],
  options: Intl.ListFormatOptions = { type: 'conjunction' },
): string {
  // For Bosnian, intl.locale is already what this browser can format it with (i18n-provider).
  const locale = intl.locale === 'en' ? 'en-GB' : intl.locale;
  return new Intl.ListFormat(locale, options).format(items);
}

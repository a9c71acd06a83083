import type { IntlShape } from 'react-intl';

/**
 * Some browsers' Intl carry no Bosnian list rules and join with bare commas ("A, B, C"); Serbian
 * in Latin script as written in Bosnia has the same rules ("A, B i C"), so they stand in.
 */
const bosnianLists =
  new Intl.ListFormat('bs', { type: 'conjunction' }).format(['1', '2']) === '1, 2'
    ? 'sr-Latn-BA'
    : 'bs';

/**
 * A list as Praxis writes it: "Ana, Marko and Sara". Praxis's English is British, and Intl's
 * `en` is American, with a comma before "and"; English lists take the `en-GB` rules instead.
 */
export function formatList(
  intl: IntlShape,
  items: readonly string[],
  options: Intl.ListFormatOptions = { type: 'conjunction' },
): string {
  const locale = intl.locale === 'en' ? 'en-GB' : intl.locale === 'bs' ? bosnianLists : intl.locale;
  return new Intl.ListFormat(locale, options).format(items);
}

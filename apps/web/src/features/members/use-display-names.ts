import { LANGUAGE_CODES } from '@praxis/contracts/languages';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { countryOptions } from '../../lib/display-names.ts';

interface Named {
  code: string;
  name: string;
}

/**
 * Languages and countries named in the reader's language ("bosniaque", "Bosnie-Herzégovine").
 * A name standing alone, in a menu or a chip, starts with a capital, as CLDR asks for French and
 * the South Slavic languages, whose language names are lower-case mid-sentence.
 */
export function useDisplayNames() {
  const intl = useIntl();
  return useMemo(() => {
    const collator = new Intl.Collator(intl.locale);
    const capital = (text: string) => text.charAt(0).toLocaleUpperCase(intl.locale) + text.slice(1);
    const named = (code: string, type: 'language' | 'region') =>
      intl.formatDisplayName(code, { type, fallback: 'none' }) ?? code;
    const byName = (a: Named, b: Named) => collator.compare(a.name, b.name);

    const languageName = (code: string) => capital(named(code.toLowerCase(), 'language'));
    const countryName = (code: string) => named(code.toUpperCase(), 'region');
    let languages: Named[] | null = null;
    let countries: Named[] | null = null;
    return {
      languageName,
      countryName,
      /** "Bosnian, German", a profile's languages as one line. */
      languageList: (codes: string[]) =>
        capital(
          intl.formatList(
            codes.map((code) => named(code.toLowerCase(), 'language')),
            { type: 'unit', style: 'short' },
          ),
        ),
      /** The languages a profile may list, by name, for a picker. */
      languageOptions(): Named[] {
        languages ??= LANGUAGE_CODES.map((code) => ({ code, name: languageName(code) })).sort(
          byName,
        );
        return languages;
      },
      /** Every country the browser can name, by name, for a select. */
      countryOptions(): Named[] {
        countries ??= countryOptions()
          .map(({ code }) => ({ code, name: countryName(code) }))
          .sort(byName);
        return countries;
      },
      /** "Lyon, France", "France", "Lyon" or "" — whatever the member has filled in. */
      placeOf: (city: string, country: string | null) =>
        [city, country ? countryName(country) : ''].filter(Boolean).join(', '),
    };
  }, [intl]);
}

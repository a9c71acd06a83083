import { LANGUAGE_CODES } from '@praxis/contracts/language-codes';

// Profiles store ISO codes (FR, bs); people read names ("France", "Bosnian"), in the language of
// the page ("Francuska", "bosanski"): pass `useIntl().locale`.

const namers = new Map<string, { regions: Intl.DisplayNames; languages: Intl.DisplayNames }>();

function namesIn(locale: string) {
  let namer = namers.get(locale);
  if (!namer) {
    namer = {
      regions: new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
      languages: new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }),
    };
    namers.set(locale, namer);
  }
  return namer;
}

export function countryName(code: string, locale = 'en'): string {
  return safely(() => namesIn(locale).regions.of(code.toUpperCase())) ?? code;
}

/**
 * A language's name standing alone, as in a chip or a menu: with a capital, which French and the
 * South Slavic languages leave out mid-sentence ("bosniaque" → "Bosniaque").
 */
export function languageName(code: string, locale = 'en'): string {
  const name = safely(() => namesIn(locale).languages.of(code.toLowerCase()));
  return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
}

// Codes that name groupings, placeholders, territories nobody gives as where they live, or
// countries under an older code that browsers still resolve (YU, SU, UK…).
const notCountries = new Set(
  (
    'AC CP CQ DG EA EU EZ IC QO TA UN XA XB ZZ ' + 'AN BU CS DD DY FX HV NH RH SU TP UK VD YD YU ZR'
  ).split(' '),
);

const countryLists = new Map<string, { code: string; name: string }[]>();

/** Every country the browser can name, by name, for a select. */
export function countryOptions(locale = 'en'): { code: string; name: string }[] {
  let list = countryLists.get(locale);
  if (!list) {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const regions = namesIn(locale).regions;
    const found: { code: string; name: string }[] = [];
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        const name = notCountries.has(code) ? undefined : safely(() => regions.of(code));
        if (name && name !== code) found.push({ code, name });
      }
    }
    list = found.sort((a, b) => a.name.localeCompare(b.name, locale));
    countryLists.set(locale, list);
  }
  return list;
}

const languageLists = new Map<string, { code: string; name: string }[]>();

/** The languages a profile may list, by name, for a picker. */
export function languageOptions(locale = 'en'): { code: string; name: string }[] {
  let list = languageLists.get(locale);
  if (!list) {
    list = LANGUAGE_CODES.map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) =>
      a.name.localeCompare(b.name, locale),
    );
    languageLists.set(locale, list);
  }
  return list;
}

function safely(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    // A malformed code (RangeError) is shown as it is.
    return undefined;
  }
}

/** "Lyon, France", "France", "Lyon" or "" — whatever the member has filled in. */
export function placeOf(city: string, country: string | null, locale = 'en'): string {
  return [city, country ? countryName(country, locale) : ''].filter(Boolean).join(', ');
}

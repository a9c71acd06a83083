import { LANGUAGE_CODES } from '@praxis/contracts/languages';

// Profiles store ISO codes (FR, bs); people read names ("France", "Bosnian").

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

export function countryName(code: string): string {
  return safely(() => regions.of(code.toUpperCase())) ?? code;
}

export function languageName(code: string): string {
  return safely(() => languages.of(code.toLowerCase())) ?? code;
}

// Codes that name groupings, placeholders, territories nobody gives as where they live, or
// countries under an older code that browsers still resolve (YU, SU, UK…).
const notCountries = new Set(
  (
    'AC CP CQ DG EA EU EZ IC QO TA UN XA XB ZZ ' + 'AN BU CS DD DY FX HV NH RH SU TP UK VD YD YU ZR'
  ).split(' '),
);

let countryList: { code: string; name: string }[] | null = null;

/** Every country the browser can name, by name, for a select. */
export function countryOptions(): { code: string; name: string }[] {
  if (!countryList) {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const found: { code: string; name: string }[] = [];
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        const name = notCountries.has(code) ? undefined : safely(() => regions.of(code));
        if (name && name !== code) found.push({ code, name });
      }
    }
    countryList = found.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
  return countryList;
}

let languageList: { code: string; name: string }[] | null = null;

/** The languages a profile may list, by name, for a picker. */
export function languageOptions(): { code: string; name: string }[] {
  if (!languageList) {
    languageList = LANGUAGE_CODES.map((code) => ({ code, name: languageName(code) })).sort((a, b) =>
      a.name.localeCompare(b.name, 'en'),
    );
  }
  return languageList;
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
export function placeOf(city: string, country: string | null): string {
  return [city, country ? countryName(country) : ''].filter(Boolean).join(', ');
}

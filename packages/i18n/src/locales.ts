/**
 * The languages Praxis speaks. The interface, the API's errors, e-mails and calendar text come in
 * each of them; `en` is the source every catalog is translated from.
 */
export const locales = ['en', 'fr', 'bs', 'hr', 'sr-Latn'] as const;
export type Locale = (typeof locales)[number];

export const sourceLocale: Locale = 'en';

/**
 * The cookie the language switch sets before sign-in; the API reads it for whoever has not
 * signed in, and a member's profile choice outranks it.
 */
export const LOCALE_COOKIE = 'praxis_locale';

/** The switch's choice in a `Cookie` header (or `document.cookie`), if there is one. */
export function localeCookieIn(cookies: string | undefined): string | undefined {
  return cookies
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
}

/** Each language named in itself, for the language switch. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  bs: 'Bosanski',
  hr: 'Hrvatski',
  'sr-Latn': 'Srpski (latinica)',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The supported locale closest to a language tag: exact first, then by language alone. Plain
 * `sr` (and `sr-RS`, `sr-BA`) is taken as Serbian in Latin script, the one Praxis has; `sh` and
 * `sr-Latn-*` likewise.
 */
function closestLocale(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase();
  if (!lower || lower === '*') return null;
  const exact = locales.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  if (language === 'sr' || language === 'sh') return 'sr-Latn';
  return locales.find((locale) => locale === language) ?? null;
}

/** The locales an `Accept-Language` header asks for, best first, by their q-values. */
export function acceptedLocales(header: string | undefined): Locale[] {
  if (!header) return [];
  const ranked = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...options] = part.split(';');
      const q = options.map((option) => option.trim()).find((option) => option.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const found: Locale[] = [];
  for (const { tag } of ranked) {
    const locale = closestLocale(tag);
    if (locale && !found.includes(locale)) found.push(locale);
  }
  return found;
}

/**
 * Which language a person gets: what they chose (their profile, or the switch before signing
 * in), else what their browser asks for, else the network's default.
 */
export function negotiateLocale(choice: {
  preferred?: string | null | undefined;
  acceptLanguage?: string | undefined;
  networkDefault: Locale;
}): Locale {
  if (isLocale(choice.preferred)) return choice.preferred;
  return acceptedLocales(choice.acceptLanguage)[0] ?? choice.networkDefault;
}

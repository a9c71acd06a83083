import {
  acceptedLocales,
  isLocale,
  LOCALE_COOKIE,
  localeCookieIn,
  sourceLocale,
} from '@praxis/i18n/locales';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import {
  isUiLocale,
  loadedMessages,
  loadMessages,
  type Messages,
  type UiLocale,
} from './catalogs.ts';
import { richText } from './rich-text.tsx';

/**
 * Before the member is known: the switch's cookie, else the language the server wrote into the
 * page (it weighed the profile, the browser and the network's default), else the browser's.
 */
export function firstLocale(): UiLocale {
  const chosen = localeCookieIn(document.cookie);
  if (isUiLocale(chosen)) return chosen;
  const served = document.documentElement.lang;
  if (isLocale(served) && served !== sourceLocale) return served;
  return acceptedLocales(navigator.languages.join(',')).at(0) ?? sourceLocale;
}

/**
 * The locale Intl formats with. Some browsers carry no Bosnian formatting data (a date comes out
 * as "2026 M03 5", a relative time as "-3 d"); Serbian in Latin script as written in Bosnia has
 * the same words and plural forms, so it stands in there.
 */
function formattingLocale(locale: UiLocale): string {
  if (locale !== 'bs') return locale;
  const month = new Intl.DateTimeFormat('bs', { month: 'long' }).format(new Date(2026, 2, 5));
  return /^M?\d+$/.test(month) ? 'sr-Latn-BA' : 'bs';
}

interface LocaleState {
  locale: UiLocale;
  /** Shows the interface in `locale` from now on, on this browser. */
  setLocale(locale: UiLocale): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale is used outside I18nProvider');
  return state;
}

/**
 * Loads the chosen language's catalogs and gives them to everything below. `preferred` is the
 * signed-in member's own choice, which wins over what this browser chose before.
 */
export function I18nProvider({
  preferred,
  children,
}: {
  preferred: string | null | undefined;
  children: ReactNode;
}) {
  const [locale, setLocaleState] = useState<UiLocale>(firstLocale);
  const [loaded, setLoaded] = useState<{ locale: UiLocale; messages: Messages } | undefined>(() => {
    const messages = loadedMessages(locale);
    return messages && { locale, messages };
  });

  useEffect(() => {
    if (isLocale(preferred)) setLocaleState(preferred);
  }, [preferred]);

  useEffect(() => {
    let current = true;
    loadMessages(locale).then(
      (messages) => {
        if (current) setLoaded({ locale, messages });
      },
      () => {
        // A catalog that cannot be fetched (offline, a deploy in between) leaves English.
        if (current && locale !== sourceLocale) setLocaleState(sourceLocale);
      },
    );
    document.documentElement.lang = locale;
    return () => {
      current = false;
    };
  }, [locale]);

  const state = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale(next) {
        // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser Praxis serves
        document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
        setLocaleState(next);
      },
    }),
    [locale],
  );

  // Until the first catalog arrives there is nothing to say; a later switch keeps the old words
  // on screen until the new ones are here.
  if (!loaded) return null;
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider
        locale={formattingLocale(loaded.locale)}
        messages={loaded.messages}
        defaultLocale={sourceLocale}
        defaultRichTextElements={richText}
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

import { networkSettings } from '@praxis/db/schema/settings';
import {
  isLocale,
  type Locale,
  localeCookieIn,
  negotiateLocale,
  sourceLocale,
} from '@praxis/i18n/locales';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** How stale another instance's change of the network default may be here. */
const REFRESH_MS = 30_000;

export interface Locales {
  /** The language the network speaks to whoever chose none and whose browser asks for none. */
  networkDefault(): Locale;
  setNetworkDefault(locale: Locale): Promise<void>;
  /** Reads the network default again, after the settings module or another instance changed it. */
  reload(): Promise<void>;
  /** The language to write to a member in where no request tells (e-mail, calendars). */
  forMember(preference: string | null | undefined): Locale;
}

declare module 'fastify' {
  interface FastifyInstance {
    locales: Locales;
  }
  interface FastifyRequest {
    /** The language of this request's answer: the member's choice, the switch, the browser, the network. */
    readonly locale: Locale;
  }
}

/** The language chosen with the switch before sign-in, if any. */
export function cookieChoice(request: FastifyRequest): string | undefined {
  return localeCookieIn(request.headers.cookie);
}

/**
 * The member's choice, the switch, the browser, the network. Fastify's refusals before routing
 * get a request without decorators, so they call this themselves.
 */
export function requestLocale(request: FastifyRequest, networkDefault: Locale): Locale {
  return negotiateLocale({
    preferred: request.member?.locale ?? cookieChoice(request),
    acceptLanguage: request.headers['accept-language'],
    networkDefault,
  });
}

export default fp(
  async function locale(app: FastifyInstance, { fixed = null }: { fixed?: Locale | null } = {}) {
    let cached: Locale = fixed ?? sourceLocale;
    let loadedAt = 0;

    async function load() {
      loadedAt = Date.now();
      // The server's environment (DEFAULT_LOCALE) wins over what admins chose.
      if (fixed) return;
      const [row] = await app.db
        .select({ defaultLocale: networkSettings.defaultLocale })
        .from(networkSettings)
        .limit(1);
      cached = isLocale(row?.defaultLocale) ? row.defaultLocale : sourceLocale;
    }

    const locales: Locales = {
      networkDefault() {
        if (Date.now() - loadedAt > REFRESH_MS) {
          loadedAt = Date.now();
          load().catch((error: unknown) => app.log.warn({ err: error }, 'network locale not read'));
        }
        return cached;
      },
      async setNetworkDefault(locale) {
        await app.db
          .insert(networkSettings)
          .values({ id: 1, defaultLocale: locale })
          .onConflictDoUpdate({
            target: networkSettings.id,
            set: { defaultLocale: locale, updatedAt: new Date() },
          });
        if (!fixed) cached = locale;
        loadedAt = Date.now();
      },
      reload: load,
      forMember(preference) {
        return isLocale(preference) ? preference : locales.networkDefault();
      },
    };
    app.decorate('locales', locales);
    app.addHook('onReady', load);

    // Answers speak the request's language (errors at least), so no cache may hand one
    // person's answer to another: they vary on what chose it, and are private unless a route
    // says otherwise.
    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.url.startsWith('/api/')) return payload;
      const vary = String(reply.getHeader('vary') ?? '');
      if (!/accept-language/i.test(vary)) {
        reply.header('vary', vary ? `${vary}, accept-language, cookie` : 'accept-language, cookie');
      }
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'private, no-store');
      return payload;
    });

    app.decorateRequest('locale', {
      getter(this: FastifyRequest) {
        return requestLocale(this, locales.networkDefault());
      },
    });
  },
  { name: 'locale', dependencies: ['db'] },
);

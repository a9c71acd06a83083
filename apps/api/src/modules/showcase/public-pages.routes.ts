import { isLocale, type Locale } from '@praxis/i18n/locales';
import { formatMsg, translate } from '@praxis/i18n/translate';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../app-error.ts';
import { createPageCache, type RenderedPage } from './public-cache.service.ts';
import { createPublicFeeds, type NetworkNow } from './public-feeds.service.ts';
import { countPublic, type PublicKind } from './public-pages.repository.ts';
import { createPublicPages, isSlug } from './public-pages.service.ts';
import './showcase.events.ts';

/**
 * Per address and route, a minute: a person reading the showcase (a page and its stylesheet,
 * a few pages a minute) never meets it; a scraper walking every item does.
 */
export const SHOWCASE_REQUESTS_PER_MINUTE = 120;

type Params = { locale?: string; slug?: string };

/**
 * The public showcase, for visitors without an account and for crawlers: HTML pages, the Atom
 * feed, the sitemap and robots.txt. Outside /api, so no session is read; indexable, unlike
 * everything else the server answers; left out of the API's OpenAPI document (not JSON).
 */
export async function publicPageRoutes(app: FastifyInstance) {
  const cache = createPageCache(
    async (slugs) => (await countPublic(app.db, slugs)) === slugs.length,
  );
  const pages = createPublicPages(app.db, cache);
  const feeds = createPublicFeeds(app.db, cache);
  app.realtime.on('showcase.changed', () => cache.clear());
  app.realtime.on('settings.changed', () => cache.clear());
  // Announcements may have been missed while the bus was cut off.
  app.realtime.onResume(() => cache.clear());

  const networkNow = (): NetworkNow => ({
    ...app.network.current(),
    defaultLocale: app.locales.networkDefault(),
  });
  /** The address's language, else the visitor's (their browser's, the network's). */
  const localeOf = (request: FastifyRequest): Locale => {
    const asked = (request.params as Params | undefined)?.locale;
    return isLocale(asked) ? asked : request.locale;
  };

  function send(request: FastifyRequest, reply: FastifyReply, page: RenderedPage) {
    reply.code(page.status).type(page.type);
    if (page.status !== 200) return reply.header('cache-control', 'no-store').send(page.body);
    // Anyone may keep a copy, but asks again each time: a withdrawal must show at once.
    reply.header('cache-control', 'public, no-cache').header('etag', page.etag);
    const known = String(request.headers['if-none-match'] ?? '')
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''));
    if (known.includes(page.etag)) return reply.code(304).send();
    return reply.send(page.body);
  }

  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, pages.notFound(networkNow(), localeOf(request)));

  // Too many requests get a page in the visitor's language, not the API's JSON error.
  app.setErrorHandler((error, request, reply) => {
    if (!(error instanceof AppError) || error.code !== 'rate_limited') throw error;
    const locale = localeOf(request);
    return send(
      request,
      reply,
      pages.notice(
        networkNow(),
        locale,
        429,
        translate(locale, 'showcase.rateLimited.title'),
        formatMsg(locale, error.message),
      ),
    );
  });

  const options = {
    schema: { hide: true },
    config: {
      indexable: true,
      rateLimit: { max: SHOWCASE_REQUESTS_PER_MINUTE, timeWindow: '1 minute' },
    },
  };

  /** The pages answer as if they did not exist while admins keep the showcase closed. */
  async function whileOpen(
    request: FastifyRequest,
    reply: FastifyReply,
    render: (network: NetworkNow) => Promise<RenderedPage>,
  ) {
    const network = networkNow();
    if (!network.showcaseEnabled) return notFound(request, reply);
    return send(request, reply, await render(network));
  }

  app.get('/showcase', options, async (request, reply) =>
    reply
      .header('vary', 'accept-language, cookie')
      .header('cache-control', 'private, no-cache')
      .redirect(`/showcase/${request.locale}`, 302),
  );

  app.get<{ Params: Params; Querystring: Record<string, string | string[]> }>(
    '/showcase/:locale',
    options,
    async (request, reply) => {
      if (!isLocale(request.params.locale)) return notFound(request, reply);
      const locale = request.params.locale;
      return whileOpen(request, reply, (network) => pages.home(network, locale, request.query));
    },
  );

  for (const [segment, kind] of [
    ['lessons', 'lesson'],
    ['pilots', 'pilot'],
  ] as [string, PublicKind][]) {
    app.get<{ Params: Params }>(
      `/showcase/:locale/${segment}/:slug`,
      options,
      async (request, reply) => {
        const { locale, slug = '' } = request.params;
        if (!isLocale(locale) || !isSlug(slug)) {
          return notFound(request, reply);
        }
        return whileOpen(request, reply, (network) => pages.item(network, locale, kind, slug));
      },
    );
  }

  app.get('/showcase/feed.atom', options, async (request, reply) =>
    whileOpen(request, reply, (network) => feeds.feed(network)),
  );

  app.get('/showcase/showcase.css', options, async (request, reply) =>
    send(request, reply, feeds.stylesheet(networkNow())),
  );

  // Any other address under /showcase is the showcase's own 404, not the app's page.
  app.get('/showcase/*', options, notFound);

  app.get('/sitemap.xml', options, async (request, reply) =>
    send(request, reply, await feeds.sitemap(networkNow())),
  );

  app.get('/robots.txt', options, async (request, reply) =>
    send(request, reply, feeds.robots(networkNow())),
  );
}

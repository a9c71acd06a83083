import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { translator } from '@praxis/i18n/translate';
import { type NetworkLook, type PageCache, pageKey, renderedPage } from './public-cache.service.ts';
import { excerptOf, homePath, itemPath } from './public-content.templates.ts';
import { atomFeed, robotsTxt, sitemap } from './public-feeds.templates.ts';
import { publicAddresses, publicCredits, publicPage } from './public-pages.repository.ts';
import { showcaseStylesheet } from './public-style.templates.ts';

// The showcase for machines (the feed, the sitemap, robots.txt) and the pages' stylesheet.

/** The newest items the feed carries. */
const FEED_SIZE = 50;
/** Five addresses per item must stay under a sitemap's 50,000. */
const SITEMAP_ITEMS = 5_000;
const XML = 'application/xml; charset=utf-8';

/** The network as it stands when a page is asked for (the platform's settings, from memory). */
export interface NetworkNow extends NetworkLook {
  showcaseEnabled: boolean;
  defaultLocale: Locale;
}

export function createPublicFeeds(db: Db, cache: PageCache) {
  return {
    /** Atom, in the network's language: a feed has one address for everyone. */
    feed(network: NetworkNow) {
      const locale = network.defaultLocale;
      return cache.through(pageKey(network, 'feed'), async () => {
        const t = translator(locale);
        const rows = await publicPage(db, {}, null, FEED_SIZE - 1);
        const slugs = rows.map((row) => row.slug);
        const credits = await publicCredits(db, slugs);
        const body = atomFeed({
          origin: network.publicUrl,
          locale,
          title: t('showcase.feed.title', { network: network.name }),
          subtitle: t('showcase.home.description', { network: network.name }),
          network: network.name,
          // Spread last: see bench/README.md, "Object spread".
          entries: rows.map((row) => ({
            summary: excerptOf(row.leadHtml, t, network.publicUrl, 400),
            credits: credits.get(row.slug) ?? [],
            ...row,
          })),
        });
        return { page: renderedPage(200, 'application/atom+xml; charset=utf-8', body), slugs };
      });
    },

    /** The first page and every item, in every language; empty while the showcase is off. */
    async sitemap(network: NetworkNow) {
      if (!network.showcaseEnabled) {
        return renderedPage(200, XML, sitemap(network.publicUrl, network.defaultLocale, []));
      }
      return cache.through(pageKey(network, 'sitemap'), async () => {
        const rows = await publicAddresses(db, SITEMAP_ITEMS);
        const addresses = [
          { pathIn: homePath, lastModified: rows[0]?.publishedAt ?? null },
          ...rows.map((row) => ({
            pathIn: (each: Locale) => itemPath(each, row.kind, row.slug),
            lastModified: row.publishedAt,
          })),
        ];
        const body = sitemap(network.publicUrl, network.defaultLocale, addresses);
        return { page: renderedPage(200, XML, body), slugs: rows.map((row) => row.slug) };
      });
    },

    stylesheet: (network: NetworkNow) =>
      renderedPage(200, 'text/css; charset=utf-8', showcaseStylesheet(network.accentColour)),

    robots: (network: NetworkNow) =>
      renderedPage(
        200,
        'text/plain; charset=utf-8',
        robotsTxt(network.publicUrl, network.showcaseEnabled),
      ),
  };
}

import type { Db } from '@praxis/db/client';
import { isLocale, type Locale } from '@praxis/i18n/locales';
import { type Translate, translator } from '@praxis/i18n/translate';
import {
  etagOf,
  type PageCache,
  pageKey,
  type RenderedPage,
  renderedPage,
} from './public-cache.service.ts';
import {
  contactHref,
  excerptOf,
  homePath,
  homeQuery,
  homeSchema,
  itemPath,
  itemSchema,
  publicHtml,
} from './public-content.templates.ts';
import type { NetworkNow } from './public-feeds.service.ts';
import { renderHome } from './public-home.templates.tsx';
import { type Card, KINDS, renderItem, STAGES } from './public-items.templates.tsx';
import {
  itemBySlug,
  type PublicFilters,
  type PublicKind,
  type PublicPosition,
  publicCredits,
  publicPage,
  publicTopics,
} from './public-pages.repository.ts';
import {
  type PageContext,
  type PublicNetwork,
  renderMessagePage,
} from './public-pages.templates.tsx';

// The showcase's pages for people: its first page (a list, filtered and paged) and each item's,
// kept once rendered (public-cache), and the pages that say an address has nothing to show.

/** Items on one page of the list. */
export const PAGE_SIZE = 12;
const TOPICS_OFFERED = 40;
const MAX_TOPIC = 80;
const MAX_SLUG = /^[A-Za-z0-9-]{1,200}$/;
const HTML = 'text/html; charset=utf-8';

export function encodePosition(position: PublicPosition): string {
  return Buffer.from(`${position.publishedAt.toISOString()}|${position.slug}`).toString(
    'base64url',
  );
}

function decodePosition(cursor: string): PublicPosition | null {
  const [iso = '', slug = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(iso);
  if (!/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(iso) || Number.isNaN(publishedAt.getTime())) return null;
  return MAX_SLUG.test(slug) ? { publishedAt, slug } : null;
}

/** Whether `slug` can be an item's address at all. */
export const isSlug = (slug: string) => MAX_SLUG.test(slug);

type Query = Record<string, string | string[] | undefined>;

/** The list's filters and page from a query; null when one is not among the choices offered. */
function readQuery(
  query: Query,
): { filters: PublicFilters; before: string | null } | 'filter' | 'cursor' {
  const one = (name: string) => {
    const value = query[name];
    return Array.isArray(value) ? null : value?.trim() || undefined;
  };
  const [topic, language, stage, kind, before] = [
    'topic',
    'language',
    'stage',
    'kind',
    'before',
  ].map(one);
  if ([topic, language, stage, kind].includes(null) || (topic && topic.length > MAX_TOPIC))
    return 'filter';
  if ((language && !isLocale(language)) || (stage && !STAGES.includes(stage as never)))
    return 'filter';
  if (kind && !KINDS.includes(kind as never)) return 'filter';
  if (before === null || (before && !decodePosition(before))) return 'cursor';
  return {
    filters: {
      topic: topic ?? undefined,
      language: (language ?? undefined) as Locale | undefined,
      stage: (stage ?? undefined) as PublicFilters['stage'],
      kind: (kind ?? undefined) as PublicKind | undefined,
    },
    before: before ?? null,
  };
}

export function createPublicPages(db: Db, cache: PageCache) {
  function contextOf(
    network: NetworkNow,
    locale: Locale,
  ): PageContext & { contact: string | null } {
    const publicNetwork: PublicNetwork = {
      name: network.name,
      origin: network.publicUrl,
      logoVersion: network.logoVersion,
      defaultLocale: network.defaultLocale,
      stylesheet: `/showcase/showcase.css?v=${etagOf(network.accentColour).slice(1, 9)}`,
    };
    return {
      locale,
      t: translator(locale),
      network: publicNetwork,
      contact: contactHref(network.showcaseContact),
    };
  }

  function message(
    network: NetworkNow,
    locale: Locale,
    status: number,
    which: 'notFound' | 'gone' | 'cursor' | 'filter',
    pathIn?: (locale: Locale) => string,
  ) {
    const context = contextOf(network, locale);
    const { t } = context;
    const [title, text] =
      which === 'notFound'
        ? [t('showcase.notFound.title'), t('showcase.notFound.text')]
        : which === 'gone'
          ? [t('showcase.gone.title'), t('showcase.gone.text')]
          : [
              t('showcase.invalid.title'),
              t(which === 'cursor' ? 'showcase.invalid.cursor' : 'showcase.invalid.filter'),
            ];
    return renderedPage(
      status,
      HTML,
      renderMessagePage(context, { title, text, ...(pathIn ? { pathIn } : {}) }),
    );
  }

  const cardOf =
    (t: Translate, origin: string) =>
    (row: Awaited<ReturnType<typeof publicPage>>[number]): Card => ({
      ...row,
      excerpt: excerptOf(row.leadHtml, t, origin),
    });

  return {
    notFound: (network: NetworkNow, locale: Locale) => message(network, locale, 404, 'notFound'),

    /** A page that only says `title` and `text`, such as the one for too many requests. */
    notice: (network: NetworkNow, locale: Locale, status: number, title: string, text: string) =>
      renderedPage(status, HTML, renderMessagePage(contextOf(network, locale), { title, text })),

    async home(network: NetworkNow, locale: Locale, query: Query): Promise<RenderedPage> {
      const read = readQuery(query);
      if (typeof read === 'string') return message(network, locale, 400, read);
      const { filters, before } = read;
      return cache.through(
        pageKey(network, 'home', locale, homeQuery(filters, before ?? undefined)),
        async () => {
          const context = contextOf(network, locale);
          const { t } = context;
          const rows = await publicPage(
            db,
            filters,
            before ? decodePosition(before) : null,
            PAGE_SIZE,
          );
          const shown = rows.slice(0, PAGE_SIZE);
          const last = shown.at(-1);
          const cards = shown.map(cardOf(t, network.publicUrl));
          const pathIn = (each: Locale) =>
            `${homePath(each)}${homeQuery(filters, before ?? undefined)}`;
          const title = t('showcase.home.title', { network: network.name });
          const description = t('showcase.home.description', { network: network.name });
          const schema = homeSchema({
            title,
            description,
            locale,
            url: `${network.publicUrl}${pathIn(locale)}`,
            network: { name: network.name, url: `${network.publicUrl}${homePath(locale)}` },
            items: cards.map((card) => ({
              title: card.title,
              url: `${network.publicUrl}${itemPath(locale, card.kind, card.slug)}`,
            })),
          });
          const html = renderHome(
            context,
            { title, description, pathIn, ogType: 'website', schema, indexable: true },
            {
              filters,
              topics: await publicTopics(db, TOPICS_OFFERED),
              cards,
              older: rows.length > PAGE_SIZE && last ? encodePosition(last) : null,
              paged: before !== null,
              contact: context.contact,
            },
          );
          return { page: renderedPage(200, HTML, html), slugs: cards.map((card) => card.slug) };
        },
      );
    },

    async item(
      network: NetworkNow,
      locale: Locale,
      kind: PublicKind,
      slug: string,
    ): Promise<RenderedPage> {
      const pathIn = (each: Locale) => itemPath(each, kind, slug);
      return cache.through(pageKey(network, 'item', locale, kind, slug), async () => {
        const found = await itemBySlug(db, slug);
        if (!found || found.kind !== kind)
          return { page: message(network, locale, 404, 'notFound'), slugs: [] };
        if (found.status === 'withdrawn')
          return { page: message(network, locale, 410, 'gone', pathIn), slugs: [] };
        if (!found.isPublic) return { page: message(network, locale, 404, 'notFound'), slugs: [] };
        const context = contextOf(network, locale);
        const { t } = context;
        const credits = (await publicCredits(db, [slug])).get(slug) ?? [];
        const clean = (html: string) => publicHtml(html, t, network.publicUrl);
        const sections =
          kind === 'lesson' && found.sectionsHtml
            ? Object.fromEntries(
                Object.entries(found.sectionsHtml).map(([name, html]) => [name, clean(html)]),
              )
            : { summary: clean(found.summaryHtml ?? '') };
        const description = excerptOf(found.leadHtml, t, network.publicUrl, 160);
        const url = `${network.publicUrl}${pathIn(locale)}`;
        const schema = itemSchema({
          kind,
          title: found.title,
          description,
          language: found.language,
          url,
          publishedAt: found.publishedAt,
          tags: found.tags,
          credits,
          organisations: found.organisations,
          network: { name: network.name, url: `${network.publicUrl}${homePath(locale)}` },
        });
        const html = renderItem(
          context,
          { title: found.title, description, pathIn, ogType: 'article', schema, indexable: true },
          {
            kind,
            title: found.title,
            language: found.language,
            stage: found.stage,
            programmeName: found.programmeName,
            tags: found.tags,
            publishedAt: found.publishedAt,
            sections,
            organisations: found.organisations,
            credits,
            contact: context.contact,
          },
        );
        return { page: renderedPage(200, HTML, html), slugs: [slug] };
      });
    },
  };
}

export type PublicPages = ReturnType<typeof createPublicPages>;

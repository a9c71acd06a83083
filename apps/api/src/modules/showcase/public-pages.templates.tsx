import { type Locale, localeNames, locales } from '@praxis/i18n/locales';
import type { Translate } from '@praxis/i18n/translate';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { jsonInScript } from '../../plugins/spa-shell.ts';
import { homePath, ogLocale, otherLocales } from './public-content.templates.ts';

// The frame every public page shares: the head search engines and link previews read, the
// network's name, the language switch, the footer. Written on the server with no script: the
// pages are read by people without an account, by crawlers and by link previews alike.

/** The network as the public pages show it. */
export interface PublicNetwork {
  name: string;
  /** The public origin, without a trailing slash. */
  origin: string;
  logoVersion: string | null;
  /** The language of the showcase's addresses that name none (x-default). */
  defaultLocale: Locale;
  /** The stylesheet's address, with its version. */
  stylesheet: string;
}

export interface PageHead {
  title: string;
  description: string;
  /** This page's address in a language (path and query): for canonical, hreflang and the switch. */
  pathIn(locale: Locale): string;
  ogType: 'website' | 'article';
  /** schema.org, as JSON-LD. */
  schema?: object;
  /** Pages that answer an error are not for search engines. */
  indexable: boolean;
}

export interface PageContext {
  locale: Locale;
  t: Translate;
  network: PublicNetwork;
}

function Head({ context, head }: { context: PageContext; head: PageHead }) {
  const { locale, network } = context;
  const url = (path: string) => `${network.origin}${path}`;
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${head.title} · ${network.name}`}</title>
      <meta name="description" content={head.description} />
      {head.indexable ? null : <meta name="robots" content="noindex" />}
      <link rel="canonical" href={url(head.pathIn(locale))} />
      {locales.map((each) => (
        <link key={each} rel="alternate" hrefLang={each} href={url(head.pathIn(each))} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={url(head.pathIn(network.defaultLocale))} />
      <link
        rel="alternate"
        type="application/atom+xml"
        title={context.t('showcase.feed.title', { network: network.name })}
        href={url('/showcase/feed.atom')}
      />
      <link rel="stylesheet" href={network.stylesheet} />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <meta property="og:site_name" content={network.name} />
      <meta property="og:title" content={head.title} />
      <meta property="og:description" content={head.description} />
      <meta property="og:type" content={head.ogType} />
      <meta property="og:url" content={url(head.pathIn(locale))} />
      <meta property="og:locale" content={ogLocale[locale]} />
      {otherLocales(locale).map((each) => (
        <meta key={each} property="og:locale:alternate" content={ogLocale[each]} />
      ))}
      {network.logoVersion ? (
        <meta property="og:image" content={url(`/api/network/logo/${network.logoVersion}`)} />
      ) : null}
      {head.schema ? (
        <script
          type="application/ld+json"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON escaped for a script element
          dangerouslySetInnerHTML={{ __html: jsonInScript(head.schema) }}
        />
      ) : null}
    </head>
  );
}

function LanguageSwitch({ context, head }: { context: PageContext; head: PageHead }) {
  return (
    <nav className="languages" aria-label={context.t('showcase.nav.languages')}>
      <ul>
        {locales.map((each) => (
          <li key={each}>
            {each === context.locale ? (
              <span aria-current="true" lang={each}>
                {localeNames[each]}
              </span>
            ) : (
              <a href={head.pathIn(each)} hrefLang={each} lang={each}>
                {localeNames[each]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Page({
  context,
  head,
  children,
}: {
  context: PageContext;
  head: PageHead;
  children: ReactNode;
}) {
  const { t, network, locale } = context;
  return (
    <html lang={locale}>
      <Head context={context} head={head} />
      <body>
        <header className="site">
          <a className="brand" href={homePath(locale)}>
            {network.logoVersion ? (
              <img src={`/api/network/logo/${network.logoVersion}`} alt="" width="32" height="32" />
            ) : null}
            <span>{network.name}</span>
          </a>
          <LanguageSwitch context={context} head={head} />
        </header>
        <main id="main">{children}</main>
        <footer className="site">
          <p>{t('showcase.footer.consent', { network: network.name })}</p>
          <p>
            <a href="/showcase/feed.atom" type="application/atom+xml">
              {t('showcase.nav.feed')}
            </a>
          </p>
        </footer>
      </body>
    </html>
  );
}

/** A whole page: the doctype, then the frame around `body`. */
export function renderPage(context: PageContext, head: PageHead, body: ReactNode): string {
  return `<!doctype html>${renderToStaticMarkup(
    <Page context={context} head={head}>
      {body}
    </Page>,
  )}`;
}

/** A page that only says something: not found, withdrawn, too many requests, a bad address. */
export function renderMessagePage(
  context: PageContext,
  message: { title: string; text: string; pathIn?: (locale: Locale) => string },
): string {
  const head: PageHead = {
    title: message.title,
    description: message.text,
    pathIn: message.pathIn ?? homePath,
    ogType: 'website',
    indexable: false,
  };
  return renderPage(
    context,
    head,
    <section className="message">
      <h1>{message.title}</h1>
      <p>{message.text}</p>
      <p>
        <a href={homePath(context.locale)}>{context.t('showcase.item.back')}</a>
      </p>
    </section>,
  );
}

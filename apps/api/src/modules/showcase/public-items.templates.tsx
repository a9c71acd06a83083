import { type Locale, localeNames } from '@praxis/i18n/locales';
import type { ServerMessageId } from '@praxis/i18n/server-catalogs';
import { homePath, homeQuery } from './public-content.templates.ts';
import type { PublicCredit, PublicKind, PublicStage } from './public-pages.repository.ts';
import { type PageContext, type PageHead, renderPage } from './public-pages.templates.tsx';

// The bodies of the showcase's first page and of an item's page. Every text of a lesson or pilot
// is the copy its people consented to, cleaned for the public (public-content.templates.ts), and
// carries its own language.

export const STAGES: PublicStage[] = ['idea', 'concept', 'pilot', 'scaled', 'stopped'];
export const KINDS: PublicKind[] = ['lesson', 'pilot'];
const SECTIONS = ['problem', 'tried', 'evidence', 'caveats', 'useWhen'] as const;

export interface Card {
  slug: string;
  kind: PublicKind;
  title: string;
  tags: string[];
  language: Locale;
  stage: PublicStage | null;
  programmeName: string | null;
  publishedAt: Date;
  excerpt: string;
}

export function JoinBox({ context, contact }: { context: PageContext; contact: string | null }) {
  if (!contact) return null;
  const { t } = context;
  return (
    <aside className="join">
      <h2>{t('showcase.join.heading')}</h2>
      <p>{t('showcase.join.text')}</p>
      <p>
        <a className="button" href={contact}>
          {t('showcase.join.action')}
        </a>
      </p>
    </aside>
  );
}

export function Kicker({
  context,
  kind,
  stage,
}: {
  context: PageContext;
  kind: PublicKind;
  stage: PublicStage | null;
}) {
  const { t } = context;
  return (
    <p className="kicker">
      <span>{t(`showcase.kind.${kind}` as ServerMessageId)}</span>
      {stage ? <span>{t(`showcase.stage.${stage}` as ServerMessageId)}</span> : null}
    </p>
  );
}

export function Topics({ context, tags }: { context: PageContext; tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="topics">
      {tags.map((tag) => (
        <li key={tag}>
          <a href={`${homePath(context.locale)}${homeQuery({ topic: tag })}`}>{tag}</a>
        </li>
      ))}
    </ul>
  );
}

export interface ItemModel {
  kind: PublicKind;
  title: string;
  language: Locale;
  stage: PublicStage | null;
  programmeName: string | null;
  tags: string[];
  publishedAt: Date;
  /** Cleaned HTML of a lesson's sections, or a pilot's summary under `summary`. */
  sections: Partial<Record<(typeof SECTIONS)[number] | 'summary', string>>;
  organisations: string[];
  credits: PublicCredit[];
  contact: string | null;
}

function Prose({ html, lang }: { html: string; lang: string }) {
  return (
    <div
      className="prose"
      lang={lang}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: cooked, then cleaned again for the public
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

export function ItemBody({ context, item }: { context: PageContext; item: ItemModel }) {
  const { t, locale, network } = context;
  const parts = item.kind === 'lesson' ? SECTIONS : (['summary'] as const);
  const heading = (part: (typeof parts)[number]) =>
    t(
      part === 'summary'
        ? 'showcase.item.summary'
        : (`showcase.section.${part}` as ServerMessageId),
    );
  return (
    <>
      <article className="item">
        <Kicker context={context} kind={item.kind} stage={item.stage} />
        <h1 lang={item.language}>{item.title}</h1>
        <p className="meta">{t('showcase.item.published', { date: item.publishedAt.getTime() })}</p>
        {parts.map((part) =>
          item.sections[part] ? (
            <section key={part}>
              <h2>{heading(part)}</h2>
              <Prose html={item.sections[part] ?? ''} lang={item.language} />
            </section>
          ) : null,
        )}
      </article>
      <aside className="about">
        <h2>{t('showcase.item.about')}</h2>
        <dl>
          <dt>{t('showcase.item.credits')}</dt>
          <dd>
            {item.credits.length > 0 ? (
              <ul className="credits">
                {item.credits.map((credit) => (
                  <li key={`${credit.as}:${credit.name}`} className={credit.as}>
                    {credit.name}
                  </li>
                ))}
              </ul>
            ) : (
              t('showcase.item.creditsNetwork', { network: network.name })
            )}
          </dd>
          {item.organisations.length > 0 ? (
            <>
              <dt>{t('showcase.item.organisations')}</dt>
              <dd>{item.organisations.join(', ')}</dd>
            </>
          ) : null}
          {item.programmeName ? (
            <>
              <dt>{t('showcase.item.programme')}</dt>
              <dd>{item.programmeName}</dd>
            </>
          ) : null}
          {item.stage ? (
            <>
              <dt>{t('showcase.item.stage')}</dt>
              <dd>{t(`showcase.stage.${item.stage}` as ServerMessageId)}</dd>
            </>
          ) : null}
          <dt>{t('showcase.item.language')}</dt>
          <dd lang={item.language}>{localeNames[item.language]}</dd>
          {item.tags.length > 0 ? (
            <>
              <dt>{t('showcase.item.topics')}</dt>
              <dd>
                <Topics context={context} tags={item.tags} />
              </dd>
            </>
          ) : null}
        </dl>
        <p>
          <a href={homePath(locale)}>{t('showcase.item.back')}</a>
        </p>
      </aside>
      <JoinBox context={context} contact={item.contact} />
    </>
  );
}

/** An item's page, whole. */
export const renderItem = (context: PageContext, head: PageHead, item: ItemModel) =>
  renderPage(context, head, <ItemBody context={context} item={item} />);

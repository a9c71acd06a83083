import { localeNames, locales } from '@praxis/i18n/locales';
import type { ServerMessageId } from '@praxis/i18n/server-catalogs';
import { homePath, homeQuery, itemPath } from './public-content.templates.ts';
import { type Card, JoinBox, KINDS, Kicker, STAGES, Topics } from './public-items.templates.tsx';
import type { PublicFilters } from './public-pages.repository.ts';
import { type PageContext, type PageHead, renderPage } from './public-pages.templates.tsx';

// The showcase's first page: a short word about the network, the filters (a plain GET form, no
// script), the newest items a page at a time, and where to ask about joining.

function Select({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string; lang?: string }[];
  any: string;
}) {
  return (
    <label>
      <span>{label}</span>
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Filters({
  context,
  filters,
  topics,
}: {
  context: PageContext;
  filters: PublicFilters;
  topics: string[];
}) {
  const { t, locale } = context;
  const any = t('showcase.filters.any');
  const filtered = Object.values(filters).some(Boolean);
  return (
    <form className="filters" method="get" action={homePath(locale)}>
      <fieldset>
        <legend>{t('showcase.filters.heading')}</legend>
        <Select
          name="topic"
          label={t('showcase.filters.topic')}
          value={filters.topic}
          any={any}
          options={topics.map((topic) => ({ value: topic, label: topic }))}
        />
        <Select
          name="language"
          label={t('showcase.filters.language')}
          value={filters.language}
          any={any}
          options={locales.map((each) => ({ value: each, label: localeNames[each], lang: each }))}
        />
        <Select
          name="stage"
          label={t('showcase.filters.stage')}
          value={filters.stage}
          any={any}
          options={STAGES.map((stage) => ({
            value: stage,
            label: t(`showcase.stage.${stage}` as ServerMessageId),
          }))}
        />
        <Select
          name="kind"
          label={t('showcase.filters.kind')}
          value={filters.kind}
          any={any}
          options={KINDS.map((kind) => ({
            value: kind,
            label: t(`showcase.kind.${kind}` as ServerMessageId),
          }))}
        />
        <div className="actions">
          <button type="submit">{t('showcase.filters.apply')}</button>
          {filtered ? <a href={homePath(locale)}>{t('showcase.filters.clear')}</a> : null}
        </div>
      </fieldset>
    </form>
  );
}

export interface HomeModel {
  filters: PublicFilters;
  topics: string[];
  cards: Card[];
  /** The cursor of the next (older) page, if there is one. */
  older: string | null;
  /** Whether this is a later page (a `before` was given). */
  paged: boolean;
  contact: string | null;
}

export function HomeBody({ context, home }: { context: PageContext; home: HomeModel }) {
  const { t, locale, network } = context;
  const filtered = Object.values(home.filters).some(Boolean);
  return (
    <>
      <section className="intro">
        <h1>{t('showcase.home.title', { network: network.name })}</h1>
        <p>{t('showcase.home.intro', { network: network.name })}</p>
      </section>
      <Filters context={context} filters={home.filters} topics={home.topics} />
      <section className="list" aria-labelledby="list-heading">
        <h2 id="list-heading">{t('showcase.home.heading')}</h2>
        {home.cards.length === 0 ? (
          <p className="empty">
            {t(filtered ? 'showcase.list.emptyFiltered' : 'showcase.list.empty')}
          </p>
        ) : (
          <ol className="cards">
            {home.cards.map((card) => (
              <li key={card.slug} className="card">
                <Kicker context={context} kind={card.kind} stage={card.stage} />
                <h3 lang={card.language}>
                  <a href={itemPath(locale, card.kind, card.slug)}>{card.title}</a>
                </h3>
                {card.excerpt ? <p lang={card.language}>{card.excerpt}</p> : null}
                <p className="meta">
                  {t('showcase.item.published', { date: card.publishedAt.getTime() })}
                  {card.programmeName ? <> · {card.programmeName}</> : null}
                </p>
                <Topics context={context} tags={card.tags} />
              </li>
            ))}
          </ol>
        )}
        <nav className="pages">
          {home.paged ? (
            <a href={`${homePath(locale)}${homeQuery(home.filters)}`}>
              {t('showcase.list.newest')}
            </a>
          ) : null}
          {home.older ? (
            <a rel="next" href={`${homePath(locale)}${homeQuery(home.filters, home.older)}`}>
              {t('showcase.list.older')}
            </a>
          ) : null}
        </nav>
      </section>
      <JoinBox context={context} contact={home.contact} />
    </>
  );
}

/** The showcase's first page (or a later page of its list), whole. */
export const renderHome = (context: PageContext, head: PageHead, home: HomeModel) =>
  renderPage(context, head, <HomeBody context={context} home={home} />);

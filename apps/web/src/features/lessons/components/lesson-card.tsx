import { LESSON_SECTIONS, type LessonDetail } from '@praxis/contracts/lessons';
import { localeNames } from '@praxis/i18n/locales';
import { Fragment } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { AuthorLink } from '../../../components/author-link.tsx';
import { CookedHtml } from '../../../components/cooked-html.tsx';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { STAGE_NAMES } from '../lesson-stages.ts';
import { libraryHref } from '../library-search-params.ts';
import { LessonMarkers } from './lesson-markers.tsx';

/**
 * A lesson as a method card: its title, where it comes from and who wrote it, then its sections
 * in order. `headingLevel` 1 on its own page; 2 on a printable page of several.
 */
export function LessonCard({
  lesson,
  headingLevel = 1,
}: {
  lesson: LessonDetail;
  headingLevel?: 1 | 2;
}) {
  const t = useT();
  const intl = useIntl();
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Section = headingLevel === 1 ? 'h2' : 'h3';
  const sections = LESSON_SECTIONS.filter((key) => lesson.sectionsHtml[key].trim() !== '');
  return (
    <>
      <header className="thread-header">
        <LessonMarkers lesson={lesson} showPublished={lesson.status !== 'published'} />
        <Title lang={lesson.language}>{lesson.title}</Title>
        <dl className="facts lesson-facts">
          {(lesson.programme || lesson.cohort) && (
            <>
              <dt>{t('lessons.card.from')}</dt>
              <dd>{[lesson.programme?.name, lesson.cohort?.name].filter(Boolean).join(' · ')}</dd>
            </>
          )}
          {lesson.stage && (
            <>
              <dt>{t('lessons.card.stage')}</dt>
              <dd>{t(STAGE_NAMES[lesson.stage])}</dd>
            </>
          )}
          <dt>{t('lessons.card.language')}</dt>
          <dd lang={lesson.language}>{localeNames[lesson.language]}</dd>
          {lesson.authors.length > 0 && (
            <>
              <dt>{t('lessons.card.authors', { count: lesson.authors.length })}</dt>
              <dd>
                {lesson.authors.map((author, index) => (
                  <Fragment key={author.id}>
                    {index > 0 && ', '}
                    <AuthorLink author={author} />
                  </Fragment>
                ))}
              </dd>
            </>
          )}
          {lesson.translationOf && (
            <>
              <dt>{t('lessons.card.translationOf')}</dt>
              <dd>
                <Link
                  to={`/library/${lesson.translationOf.id}`}
                  lang={lesson.translationOf.language}
                >
                  {lesson.translationOf.title}
                </Link>{' '}
                ({localeNames[lesson.translationOf.language]})
              </dd>
            </>
          )}
          {lesson.translations.length > 0 && (
            <>
              <dt>{t('lessons.card.alsoIn')}</dt>
              <dd>
                {lesson.translations.map((translation, index) => (
                  <Fragment key={translation.id}>
                    {index > 0 && ', '}
                    <Link to={`/library/${translation.id}`} lang={translation.language}>
                      {localeNames[translation.language]}
                    </Link>
                  </Fragment>
                ))}
              </dd>
            </>
          )}
          {lesson.audience.length > 0 && (
            <>
              <dt>{t('lessons.card.readBy')}</dt>
              <dd>
                {formatList(
                  intl,
                  lesson.audience.map((cohort) => cohort.name),
                )}
              </dd>
            </>
          )}
        </dl>
      </header>
      <div className="lesson-card">
        {sections.length === 0 && <p className="muted">{t('lessons.card.empty')}</p>}
        {sections.map((key) => (
          <section key={key} aria-labelledby={`lesson-${lesson.id}-${key}`}>
            <Section id={`lesson-${lesson.id}-${key}`}>{t(`lessons.section.${key}`)}</Section>
            <CookedHtml html={lesson.sectionsHtml[key]} lang={lesson.language} />
          </section>
        ))}
        {lesson.tags.length > 0 && (
          <ul className="tag-list" aria-label={t('lessons.card.tags')}>
            {lesson.tags.map((tag) => (
              <li key={tag}>
                <Link className="tag" to={libraryHref({ tag })}>
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

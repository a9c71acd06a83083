import { LESSON_SECTIONS } from '@praxis/contracts/lessons';
import type { ShowcasePreview } from '@praxis/contracts/showcase';
import { CookedHtml } from '../../../components/cooked-html.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';

/**
 * The copied text as the public will read it: the lesson's sections or the pilot's public
 * summary, its topics, stage, programme and organisations. Names are not here: each person's
 * answer decides how they appear, and the credits beside this say so.
 */
export function ShowcasePreviewText({ preview }: { preview: ShowcasePreview }) {
  const t = useT();
  const facts: [string, string][] = [
    [t('showcase.preview.programme'), preview.programmeName ?? ''],
    [t('showcase.preview.stage'), preview.stage ? t(`showcase.stage.${preview.stage}`) : ''],
    [t('showcase.preview.topics'), preview.tags.join(', ')],
    [t('showcase.preview.organisations'), preview.organisations.join(', ')],
  ];
  return (
    <section className="panel showcase-preview" aria-labelledby="showcase-preview-heading">
      <h2 id="showcase-preview-heading">{t('showcase.preview.heading')}</h2>
      <p className="small muted">{t('showcase.preview.lead')}</p>
      <h3 lang={preview.language}>{preview.item.title}</h3>
      <dl className="showcase-facts">
        {facts
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {preview.sectionsHtml &&
        LESSON_SECTIONS.filter((section) => preview.sectionsHtml?.[section]).map((section) => (
          <div key={section} className="showcase-section">
            <h4>{t(`showcase.section.${section}`)}</h4>
            <CookedHtml html={preview.sectionsHtml?.[section] ?? ''} lang={preview.language} />
          </div>
        ))}
      {preview.summaryHtml && <CookedHtml html={preview.summaryHtml} lang={preview.language} />}
    </section>
  );
}

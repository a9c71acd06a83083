import { LESSON_SECTIONS, type LessonSectionsText } from '@praxis/contracts/lessons';
import { MAX_SECTION } from '@praxis/contracts/thread-rules';
import { MarkdownEditor } from '../../../components/markdown-editor/markdown-editor.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';

export const EMPTY_SECTIONS: LessonSectionsText = {
  problem: '',
  tried: '',
  evidence: '',
  caveats: '',
  useWhen: '',
};

/** The method card's sections, each a Markdown field with the question it answers. */
export function LessonSectionsFields({
  sections,
  onChange,
  fields,
  draftTarget,
  original,
  lang,
}: {
  sections: LessonSectionsText;
  onChange(sections: LessonSectionsText): void;
  fields: Record<string, string>;
  /** Each section keeps its draft in this browser as `<target>.<section>`. */
  draftTarget: string;
  original: LessonSectionsText;
  lang: string;
}) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('lessons.editor.sectionsLegend')}</legend>
      <p className="field-hint">{t('lessons.editor.markdownHint')}</p>
      {LESSON_SECTIONS.map((key) => (
        <MarkdownEditor
          key={key}
          id={`lesson-section-${key}`}
          label={t(`lessons.section.${key}`)}
          hint={t(`lessons.editor.hint.${key}`)}
          rows={key === 'problem' || key === 'tried' || key === 'evidence' ? 6 : 4}
          maxLength={MAX_SECTION}
          lang={lang}
          value={sections[key]}
          onChange={(text) => onChange({ ...sections, [key]: text })}
          error={fields[`sections.${key}`]}
          mentionsIn={null}
          draft={{ target: `${draftTarget}.${key}`, original: original[key] }}
        />
      ))}
    </fieldset>
  );
}

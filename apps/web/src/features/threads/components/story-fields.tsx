import { MAX_SECTION, STORY_SECTIONS } from '@praxis/contracts/thread-rules';
import type { StoryText } from '@praxis/contracts/threads';
import {
  MarkdownEditor,
  type MentionPlace,
} from '../../../components/markdown-editor/markdown-editor.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';

export const EMPTY_STORY: StoryText = {
  context: '',
  tried: '',
  happened: '',
  learned: '',
  differently: '',
};

/** The story template: one Markdown field per section, each with the question it answers. */
export function StoryFields({
  story,
  onChange,
  fields,
  idPrefix,
  mentionsIn,
  draftTarget,
  original,
}: {
  story: StoryText;
  onChange(story: StoryText): void;
  fields: Record<string, string>;
  idPrefix: string;
  mentionsIn: MentionPlace;
  /** Each section keeps its draft as a part of this place (`<target>.<section>`). */
  draftTarget: string;
  /** The saved sections, when editing. */
  original?: StoryText | undefined;
}) {
  const t = useT();
  return (
    <fieldset className="story-fields">
      <legend>{t('threads.story.legend')}</legend>
      <p className="field-hint">{t('threads.story.markdownHint')}</p>
      {STORY_SECTIONS.map((section) => {
        const label = t(`threads.story.label.${section.key}`);
        return (
          <MarkdownEditor
            key={section.key}
            id={`${idPrefix}-story-${section.key}`}
            label={section.key === 'differently' ? t('threads.story.optional', { label }) : label}
            hint={t(`threads.story.hint.${section.key}`)}
            rows={section.key === 'context' || section.key === 'tried' ? 5 : 4}
            maxLength={MAX_SECTION}
            value={story[section.key]}
            onChange={(text) => onChange({ ...story, [section.key]: text })}
            error={fields[`story.${section.key}`]}
            mentionsIn={mentionsIn}
            draft={{
              target: `${draftTarget}.${section.key}`,
              original: original?.[section.key] ?? '',
            }}
          />
        );
      })}
    </fieldset>
  );
}

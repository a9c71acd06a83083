import { MAX_SECTION, STORY_SECTIONS, type StoryText } from '@praxis/contracts/threads';
import { TextAreaField } from '../../../components/form-field.tsx';

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
}: {
  story: StoryText;
  onChange(story: StoryText): void;
  fields: Record<string, string>;
  idPrefix: string;
}) {
  return (
    <fieldset className="story-fields">
      <legend>The story</legend>
      <p className="field-hint">
        Markdown works: **bold**, *italics*, lists and links. The last section is optional.
      </p>
      {STORY_SECTIONS.map((section) => (
        <TextAreaField
          key={section.key}
          id={`${idPrefix}-story-${section.key}`}
          label={section.key === 'differently' ? `${section.label} (optional)` : section.label}
          hint={section.hint}
          rows={section.key === 'context' || section.key === 'tried' ? 5 : 4}
          maxLength={MAX_SECTION}
          value={story[section.key]}
          onChange={(event) => onChange({ ...story, [section.key]: event.target.value })}
          error={fields[`story.${section.key}`]}
        />
      ))}
    </fieldset>
  );
}

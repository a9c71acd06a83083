import type { Programme } from '@praxis/contracts/cohorts';
import { LESSON_STAGES, type LessonStage } from '@praxis/contracts/lessons';
import { MAX_TAGS } from '@praxis/contracts/thread-rules';
import type { Locale } from '@praxis/i18n/locales';
import { ContentLanguageSelect } from '../../../components/content-language-select.tsx';
import { fieldError } from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/form-field.tsx';
import { TagInput } from '../../../components/tag-input.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { STAGE_NAMES } from '../lesson-stages.ts';

export interface LessonDetails {
  tags: string[];
  language: Locale;
  programmeId: string | null;
  cohortId: string | null;
  stage: LessonStage | null;
}

/** Where a lesson comes from and how to find it: tags, language, programme, cohort, stage. */
export function LessonDetailsFields({
  details,
  onChange,
  programmes,
  fields,
  languageOnly = false,
}: {
  details: LessonDetails;
  onChange(details: LessonDetails): void;
  programmes: Programme[];
  fields: Record<string, string>;
  /** A translation keeps its original's programme, cohort and stage. */
  languageOnly?: boolean;
}) {
  const t = useT();
  const change = (patch: Partial<LessonDetails>) => onChange({ ...details, ...patch });
  const cohorts = programmes.find((programme) => programme.id === details.programmeId)?.cohorts;
  return (
    <fieldset>
      <legend>{t('lessons.editor.detailsLegend')}</legend>
      <TagInput
        id="lesson-tags"
        label={t('lessons.card.tags')}
        hint={t('lessons.editor.tagsHint', { max: MAX_TAGS })}
        tags={details.tags}
        max={MAX_TAGS}
        onChange={(tags) => change({ tags })}
        error={fieldError(fields, 'tags', details.tags)}
      />
      <div className="lesson-editor-grid">
        <ContentLanguageSelect
          value={details.language}
          onChange={(language) => change({ language })}
        />
        {!languageOnly && (
          <>
            <SelectField
              id="lesson-programme"
              label={t('lessons.editor.programme')}
              value={details.programmeId ?? ''}
              error={fields.programmeId}
              onChange={(event) =>
                change({ programmeId: event.target.value || null, cohortId: null })
              }
            >
              <option value="">{t('lessons.editor.noProgramme')}</option>
              {programmes.map((programme) => (
                <option key={programme.id} value={programme.id}>
                  {programme.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="lesson-cohort"
              label={t('lessons.editor.cohort')}
              value={details.cohortId ?? ''}
              error={fields.cohortId}
              disabled={!cohorts}
              onChange={(event) => change({ cohortId: event.target.value || null })}
            >
              <option value="">{t('lessons.editor.noCohort')}</option>
              {cohorts?.map((cohort) => (
                <option key={cohort.id} value={cohort.id}>
                  {cohort.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="lesson-stage"
              label={t('lessons.editor.stage')}
              value={details.stage ?? ''}
              error={fields.stage}
              onChange={(event) =>
                change({ stage: (event.target.value || null) as LessonStage | null })
              }
            >
              <option value="">{t('lessons.editor.noStage')}</option>
              {LESSON_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {t(STAGE_NAMES[stage])}
                </option>
              ))}
            </SelectField>
          </>
        )}
      </div>
    </fieldset>
  );
}

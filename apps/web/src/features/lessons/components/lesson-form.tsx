import type { LessonDetail } from '@praxis/contracts/lessons';
import { MAX_TITLE } from '@praxis/contracts/thread-rules';
import { isLocale, type Locale, locales } from '@praxis/i18n/locales';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useProgrammes } from '../../../lib/api/list-programmes.ts';
import { useLocale } from '../../../lib/i18n/i18n-provider.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useTranslateLesson } from '../api/translate-lesson.ts';
import { useUpdateLesson } from '../api/update-lesson.ts';
import { AudienceField } from './audience-field.tsx';
import { type LessonDetails, LessonDetailsFields } from './lesson-details-fields.tsx';
import { LessonSectionsFields } from './lesson-sections-fields.tsx';
import { SourceEditor } from './source-editor.tsx';

/** A translation's language: the interface's when the original is in another, else the next. */
function translationLanguage(original: Locale, interfaceLocale: string): Locale {
  if (isLocale(interfaceLocale) && interfaceLocale !== original) return interfaceLocale;
  return locales.find((locale) => locale !== original) ?? original;
}

/**
 * The editor of a lesson (`edit`) or of a new translation of it (`translate`), pre-filled with
 * the lesson's Markdown. A translation is its own lesson: it keeps the original's sources and
 * audience, so only its words, tags and language are written here.
 */
export function LessonForm({ lesson, mode }: { lesson: LessonDetail; mode: 'edit' | 'translate' }) {
  const t = useT();
  const navigate = useNavigate();
  const { locale } = useLocale();
  const programmes = useProgrammes().data?.programmes ?? [];
  const update = useUpdateLesson();
  const translate = useTranslateLesson();
  const saving = mode === 'edit' ? update : translate;
  const [title, setTitle] = useState(lesson.title);
  const [sections, setSections] = useState(lesson.sectionsSource);
  const [details, setDetails] = useState<LessonDetails>({
    tags: lesson.tags,
    language: mode === 'edit' ? lesson.language : translationLanguage(lesson.language, locale),
    programmeId: lesson.programme?.id ?? null,
    cohortId: lesson.cohort?.id ?? null,
    stage: lesson.stage,
  });
  const [audience, setAudience] = useState(lesson.audience.map((cohort) => cohort.id));
  const { message, fields } = formErrors(saving.error);
  // An author's change to what the library shows is reviewed again; an organiser's is not
  // (only organisers may return a published lesson to draft, so that flag tells them apart).
  const backToReview =
    mode === 'edit' &&
    lesson.status === 'published' &&
    !lesson.translationOf &&
    !lesson.can.returnToDraft;
  const draftTarget = `${mode === 'edit' ? 'lesson' : 'lesson-translation'}:${lesson.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const opened = (saved: LessonDetail) => navigate(`/library/${saved.id}`);
    if (mode === 'translate') {
      translate.mutate(
        {
          originalId: lesson.id,
          translation: { language: details.language, title, sections, tags: details.tags },
        },
        { onSuccess: opened },
      );
      return;
    }
    update.mutate(
      {
        id: lesson.id,
        changes: { title, sections, ...details, audienceCohortIds: audience },
      },
      { onSuccess: opened },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="lesson-editor">
      {mode === 'translate' && (
        <Alert tone="info">{t('lessons.editor.translating', { title: lesson.title })}</Alert>
      )}
      <FormField
        id="lesson-title"
        label={t('lessons.editor.titleLabel')}
        value={title}
        maxLength={MAX_TITLE}
        required
        lang={details.language}
        error={fields.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <LessonSectionsFields
        sections={sections}
        onChange={setSections}
        fields={fields}
        draftTarget={draftTarget}
        original={lesson.sectionsSource}
        lang={details.language}
      />
      <LessonDetailsFields
        details={details}
        onChange={setDetails}
        programmes={programmes}
        fields={fields}
        languageOnly={mode === 'translate'}
      />
      {mode === 'edit' && (
        <>
          <AudienceField
            cohortIds={audience}
            onChange={setAudience}
            programmes={programmes}
            limit={lesson.audienceLimit}
            error={fields.audienceCohortIds}
          />
          <SourceEditor lessonId={lesson.id} sources={lesson.sources} />
        </>
      )}
      {backToReview && <Alert tone="info">{t('lessons.editor.backToReview')}</Alert>}
      {/* Beside the button that was pressed: the form is long, and its top is out of sight. */}
      {message && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={saving.isPending}>
          {t(mode === 'edit' ? 'lessons.editor.save' : 'lessons.editor.publishTranslation')}
        </button>
        <Link className="button-secondary" to={`/library/${lesson.id}`}>
          {t('lessons.editor.cancel')}
        </Link>
      </div>
    </form>
  );
}

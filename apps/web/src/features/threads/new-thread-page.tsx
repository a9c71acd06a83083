import type { AccountMember } from '@praxis/contracts/members';
import { isOneOf } from '@praxis/contracts/thread-rules';
import {
  isStory,
  MAX_TAGS,
  MAX_TITLE,
  type StoryText,
  type ThreadKind,
} from '@praxis/contracts/threads';
import { isLocale } from '@praxis/i18n/locales';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { AttachmentField } from '../../components/attachments/attachment-field.tsx';
import { useAttachmentUploads } from '../../components/attachments/use-attachment-uploads.ts';
import {
  ContentLanguageSelect,
  useContentLanguage,
} from '../../components/content-language-select.tsx';
import { fieldError, formErrors } from '../../components/form-errors.ts';
import { FormField, SelectField } from '../../components/form-field.tsx';
import { OffRecordField } from '../../components/off-record.tsx';
import { TagInput } from '../../components/tag-input.tsx';
import { forgetDraft } from '../../lib/drafts.ts';
import type { MessageId } from '../../lib/i18n/message-ids.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFieldsDraft } from '../../lib/use-fields-draft.ts';
import { useCreateThread } from './api/create-thread.ts';
import { type AnonymityChoice, AnonymityField } from './components/anonymity-field.tsx';
import { BodyField } from './components/body-field.tsx';
import { KindPicker } from './components/kind-picker.tsx';
import { SimilarThreads } from './components/similar-threads.tsx';
import { EMPTY_STORY, StoryFields } from './components/story-fields.tsx';
import { useCohortChoices } from './use-cohort-choices.ts';

const BODY_HINTS: Partial<Record<ThreadKind, MessageId>> = {
  question: 'threads.newThread.bodyHint.question',
  discussion: 'threads.newThread.bodyHint.discussion',
  announcement: 'threads.newThread.bodyHint.announcement',
};

const NEW_THREAD_DRAFT = 'new-thread';
const FIRST_KIND: ThreadKind = 'question';

export function NewThreadPage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('threads.newThread.title'));
  const navigate = useNavigate();
  const create = useCreateThread();
  const { cohorts } = useCohortChoices(member, 'own');
  const kinds: ThreadKind[] = ['question', 'success', 'failure', 'discussion'];
  if (member.role !== 'member') kinds.push('announcement');

  const [kind, setKind] = useState<ThreadKind>(FIRST_KIND);
  const [title, setTitle] = useState('');
  const [cohortId, setCohortId] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [anonymous, setAnonymous] = useState<AnonymityChoice>(null);
  const [offRecord, setOffRecord] = useState(false);
  const [body, setBody] = useState('');
  const [story, setStory] = useState<StoryText>(EMPTY_STORY);
  const [language, setLanguage] = useContentLanguage();
  const [firstLanguage] = useState(language);
  const uploads = useAttachmentUploads();
  const { message, fields } = formErrors(create.error);
  const storyKind = isStory(kind);
  const bodyHint = BODY_HINTS[kind];
  const audience = cohortId ? { cohort: cohortId } : { network: true as const };
  const fieldsEmpty =
    kind === FIRST_KIND &&
    !title.trim() &&
    !cohortId &&
    tags.length === 0 &&
    anonymous === null &&
    !offRecord &&
    language === firstLanguage;
  const written =
    !fieldsEmpty || (storyKind ? Object.values(story).some((text) => text.trim()) : !!body.trim());

  function clearForm() {
    setKind(FIRST_KIND);
    setTitle('');
    setCohortId('');
    setTags([]);
    setAnonymous(null);
    setOffRecord(false);
    setBody('');
    setStory(EMPTY_STORY);
    setLanguage(firstLanguage);
  }

  // The Markdown fields keep their own drafts; these are the rest of the form.
  useFieldsDraft({
    target: `${NEW_THREAD_DRAFT}.fields`,
    fields: { kind, title, cohortId, tags, language, anonymous, offRecord },
    empty: fieldsEmpty,
    restore(stored) {
      if (typeof stored !== 'object' || stored === null) return;
      const saved: Record<string, unknown> = { ...stored };
      // An announcement kept by an organiser who is one no more goes back to the first kind.
      if (isOneOf(kinds, saved.kind)) setKind(saved.kind);
      if (typeof saved.title === 'string') setTitle(saved.title.slice(0, MAX_TITLE));
      if (typeof saved.cohortId === 'string') setCohortId(saved.cohortId);
      if (Array.isArray(saved.tags)) {
        setTags(saved.tags.filter((tag) => typeof tag === 'string').slice(0, MAX_TAGS));
      }
      if (isLocale(saved.language)) setLanguage(saved.language);
      setAnonymous(storedAnonymity(saved.anonymous));
      setOffRecord(saved.offRecord === true);
    },
    clear: clearForm,
  });

  function discard() {
    if (!window.confirm(t('threads.newThread.discardQuestion'))) return;
    forgetDraft(NEW_THREAD_DRAFT);
    clearForm();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (uploads.busy) return;
    create.mutate(
      {
        kind,
        title,
        tags,
        language,
        cohortId: cohortId || null,
        anonymous,
        offRecord,
        attachmentIds: uploads.ids,
        ...(storyKind ? { story } : { body }),
      },
      {
        // A question lands with the advice panel open: the moment to ask people directly.
        onSuccess: (thread) => {
          forgetDraft(NEW_THREAD_DRAFT);
          navigate(`/threads/${thread.id}`);
        },
      },
    );
  }

  return (
    <section className="page narrow">
      <p className="back-link">
        <Link to="/threads">{t('threads.list.title')}</Link>
      </p>
      <h1>{t('threads.newThread.title')}</h1>
      <form onSubmit={submit} noValidate className="thread-form" {...uploads.dropTarget}>
        <KindPicker kind={kind} kinds={kinds} onChange={setKind} error={fields.kind} />
        <FormField
          id="thread-title"
          label={t('threads.form.titleLabel')}
          hint={
            kind === 'question'
              ? t('threads.newThread.titleHintQuestion')
              : t('threads.newThread.titleHint')
          }
          maxLength={MAX_TITLE}
          required
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fields.title}
        />
        {kind === 'question' && <SimilarThreads title={title} />}
        <SelectField
          id="thread-cohort"
          label={t('threads.newThread.audienceLabel')}
          hint={cohorts.length === 0 ? t('threads.newThread.noCohortHint') : undefined}
          value={cohortId}
          onChange={(event) => setCohortId(event.target.value)}
          error={fields.cohortId}
        >
          <option value="">{t('threads.audience.wholeNetworkOption')}</option>
          {cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {t('threads.audience.onlyCohort', { cohort: cohort.name })}
            </option>
          ))}
        </SelectField>
        <AnonymityField
          id="thread-anonymous"
          value={anonymous}
          cohorts={cohorts}
          preferredCohortId={cohortId || null}
          onChange={setAnonymous}
        />
        <OffRecordField id="thread-off-record" checked={offRecord} onChange={setOffRecord} />
        <TagInput
          id="thread-tags"
          label={t('threads.form.tagsLabel')}
          hint={t('threads.newThread.tagsHint', { max: MAX_TAGS })}
          tags={tags}
          max={MAX_TAGS}
          onChange={setTags}
          error={fieldError(fields, 'tags', tags)}
        />
        <ContentLanguageSelect value={language} onChange={setLanguage} />
        {storyKind ? (
          <StoryFields
            story={story}
            onChange={setStory}
            fields={fields}
            idPrefix="thread"
            mentionsIn={audience}
            draftTarget={NEW_THREAD_DRAFT}
          />
        ) : (
          <BodyField
            id="thread-body"
            hint={bodyHint && t(bodyHint)}
            value={body}
            onChange={setBody}
            error={fields.body}
            mentionsIn={audience}
            draft={{ target: `${NEW_THREAD_DRAFT}.body` }}
          />
        )}
        <AttachmentField uploads={uploads} />
        {message && <Alert tone="error">{message}</Alert>}
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            disabled={create.isPending || uploads.busy}
          >
            {create.isPending ? t('threads.form.posting') : t('threads.newThread.submit')}
          </button>
          <Link to="/threads">{t('threads.form.cancel')}</Link>
          {written && (
            <button type="button" className="button-link" onClick={discard}>
              {t('threads.newThread.discard')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

/** A kept draft's anonymity, if it is one: anything else posts under the author's name. */
function storedAnonymity(stored: unknown): AnonymityChoice {
  if (typeof stored !== 'object' || stored === null || !('cohortId' in stored)) return null;
  const { cohortId } = stored;
  return typeof cohortId === 'string' || cohortId === null ? { cohortId } : null;
}

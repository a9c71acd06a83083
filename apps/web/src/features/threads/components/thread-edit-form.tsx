import { isStory, MAX_TAGS, MAX_TITLE } from '@praxis/contracts/thread-rules';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { AttachmentField } from '../../../components/attachments/attachment-field.tsx';
import { useAttachmentUploads } from '../../../components/attachments/use-attachment-uploads.ts';
import { fieldError, formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { OffRecordField } from '../../../components/off-record.tsx';
import { TagInput } from '../../../components/tag-input.tsx';
import { forgetDraft } from '../../../lib/drafts.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useUpdateThread } from '../api/update-thread.ts';
import { BodyField } from './body-field.tsx';
import { EMPTY_STORY, StoryFields } from './story-fields.tsx';

/**
 * The author changes the title, tags, text and files of their thread, and whether it is off the
 * record; the kind and audience stay.
 */
export function ThreadEditForm({ thread, onDone }: { thread: ThreadDetail; onDone(): void }) {
  const t = useT();
  const update = useUpdateThread();
  const uploads = useAttachmentUploads(thread.attachments);
  const [title, setTitle] = useState(thread.title);
  const [tags, setTags] = useState(thread.tags);
  const [body, setBody] = useState(thread.bodySource);
  const [story, setStory] = useState(thread.storySource ?? EMPTY_STORY);
  const [offRecord, setOffRecord] = useState(thread.offRecord);
  const { message, fields } = formErrors(update.error);
  const storyKind = isStory(thread.kind);
  const draftTarget = `edit-thread:${thread.id}`;
  const place = { thread: thread.id };

  function done() {
    forgetDraft(draftTarget);
    onDone();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (uploads.busy) return;
    update.mutate(
      {
        id: thread.id,
        title,
        tags,
        ...(storyKind ? { story } : { body }),
        attachmentIds: uploads.ids,
        ...(offRecord === thread.offRecord ? {} : { offRecord }),
      },
      { onSuccess: done },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="thread-form edit-form" {...uploads.dropTarget}>
      <h2>{t('threads.thread.editHeading')}</h2>
      <FormField
        id="edit-title"
        label={t('threads.form.titleLabel')}
        maxLength={MAX_TITLE}
        required
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fields.title}
      />
      <TagInput
        id="edit-tags"
        label={t('threads.form.tagsLabel')}
        tags={tags}
        max={MAX_TAGS}
        onChange={setTags}
        error={fieldError(fields, 'tags', tags)}
      />
      {storyKind ? (
        <StoryFields
          story={story}
          onChange={setStory}
          fields={fields}
          idPrefix="edit"
          mentionsIn={place}
          draftTarget={draftTarget}
          original={thread.storySource ?? EMPTY_STORY}
        />
      ) : (
        <BodyField
          id="edit-body"
          value={body}
          onChange={setBody}
          error={fields.body}
          mentionsIn={place}
          draft={{ target: `${draftTarget}.body`, original: thread.bodySource }}
        />
      )}
      <AttachmentField uploads={uploads} />
      <OffRecordField id="edit-off-record" checked={offRecord} onChange={setOffRecord} />
      {message && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button
          type="submit"
          className="button-primary"
          disabled={update.isPending || uploads.busy}
        >
          {update.isPending ? t('threads.form.saving') : t('threads.thread.saveChanges')}
        </button>
        <button type="button" className="button-secondary" onClick={done}>
          {t('threads.form.cancel')}
        </button>
      </div>
    </form>
  );
}

import type { MeetupDetail } from '@praxis/contracts/meetups';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { AttachmentField } from '../../../components/attachments/attachment-field.tsx';
import { useAttachmentUploads } from '../../../components/attachments/use-attachment-uploads.ts';
import {
  ContentLanguageSelect,
  useContentLanguage,
} from '../../../components/content-language-select.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { MarkdownEditor } from '../../../components/markdown-editor/markdown-editor.tsx';
import { OffRecordField } from '../../../components/off-record.tsx';
import { forgetDraft } from '../../../lib/drafts.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useSaveNotes } from '../api/save-notes.ts';

/**
 * The meetup's notes: prepared as a draft before it, which members see once it starts; after it,
 * what was exchanged, decided, who follows up. Marking it done closes it, and the page becomes
 * the record of that exchange.
 */
export function NotesForm({ meetup }: { meetup: MeetupDetail }) {
  const t = useT();
  const save = useSaveNotes();
  const uploads = useAttachmentUploads(meetup.notesAttachments);
  const [notes, setNotes] = useState(meetup.notesSource);
  // Notes not written yet start in the writer's language, not in the default they were stored in.
  const [language, setLanguage] = useContentLanguage(
    meetup.notesSource ? meetup.notesLanguage : undefined,
  );
  const [offRecord, setOffRecord] = useState(meetup.notesOffRecord);
  const [saved, setSaved] = useState<'notes' | 'done' | null>(null);
  const { message, fields } = formErrors(save.error);
  const started = meetup.startsAt !== null && new Date(meetup.startsAt) <= new Date();
  const done = meetup.status === 'done';

  function submit(markDone: boolean) {
    if (uploads.busy) return;
    setSaved(null);
    save.mutate(
      {
        id: meetup.id,
        notes,
        notesLanguage: language,
        notesOffRecord: offRecord,
        done: markDone,
        attachmentIds: uploads.ids,
      },
      {
        onSuccess: () => {
          forgetDraft(`notes:${meetup.id}`);
          setSaved(markDone ? 'done' : 'notes');
        },
      },
    );
  }

  return (
    <form
      className="notes-form"
      noValidate
      {...uploads.dropTarget}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        submit(false);
      }}
    >
      {!started && (
        <p className="notes-draft-label">
          <T id="meetups.notes.draftLabel" />
        </p>
      )}
      <MarkdownEditor
        id="meetup-notes"
        label={t('meetups.notes.label')}
        hint={t(started ? 'meetups.notes.hintStarted' : 'meetups.notes.hintDraft')}
        rows={8}
        value={notes}
        onChange={(text) => {
          setSaved(null);
          setNotes(text);
        }}
        error={fields.notes}
        mentionsIn={{ meetup: meetup.id }}
        draft={{ target: `notes:${meetup.id}`, original: meetup.notesSource }}
      />
      <AttachmentField uploads={uploads} />
      <ContentLanguageSelect
        value={language}
        onChange={(next) => {
          setSaved(null);
          setLanguage(next);
        }}
      />
      <OffRecordField
        id="meetup-notes-off-record"
        label={t('anonymity.offRecord.notesLabel')}
        checked={offRecord}
        onChange={(next) => {
          setSaved(null);
          setOffRecord(next);
        }}
      />
      {message && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button
          type="submit"
          className="button-secondary"
          disabled={save.isPending || uploads.busy}
        >
          {t('meetups.notes.save')}
        </button>
        {!done && (
          <button
            type="button"
            className="button-primary"
            disabled={save.isPending || uploads.busy || !started}
            title={started ? undefined : t('meetups.notes.markDoneLater')}
            onClick={() => submit(true)}
          >
            {t('meetups.notes.markDone')}
          </button>
        )}
        {saved && (
          <span className="action-note" role="status">
            {t(
              saved === 'done'
                ? 'meetups.notes.doneSaved'
                : started
                  ? 'meetups.notes.saved'
                  : 'meetups.notes.draftSaved',
            )}
          </span>
        )}
      </div>
      {!done && !started && <p className="small muted">{t('meetups.notes.canMarkLater')}</p>}
    </form>
  );
}

import type { Message } from '@praxis/contracts/chat';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { AttachmentField } from '../../../components/attachments/attachment-field.tsx';
import { useAttachmentUploads } from '../../../components/attachments/use-attachment-uploads.ts';
import { formErrors } from '../../../components/form-errors.ts';
import { MarkdownEditor } from '../../../components/markdown-editor/markdown-editor.tsx';
import { forgetDraft } from '../../../lib/drafts.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useEditMessage } from '../api/edit-message.ts';
import { byteLength, lengthNotice } from '../message-text.ts';

/**
 * Editing one's own message in place: Enter saves, Escape leaves it as it was. Its files can be
 * removed and others added; the text may be left empty while a file remains.
 */
export function MessageEditForm({ message, onDone }: { message: Message; onDone(): void }) {
  const intl = useIntl();
  const t = useT();
  const id = useId();
  const edit = useEditMessage();
  const [body, setBody] = useState(message.body);
  const field = useRef<HTMLTextAreaElement>(null);
  const uploads = useAttachmentUploads(message.attachments);
  const notice = lengthNotice(intl, byteLength(body));
  const empty = body.trim() === '' && uploads.files.length === 0;
  const filesChanged = uploads.ids.join() !== message.attachments.map((file) => file.id).join();
  const failure = formErrors(edit.error);
  const draftTarget = `edit-message:${message.id}`;

  function done() {
    forgetDraft(draftTarget);
    onDone();
  }

  useEffect(() => {
    const textarea = field.current;
    textarea?.focus();
    textarea?.setSelectionRange(textarea.value.length, textarea.value.length);
  }, []);

  function save(event?: FormEvent) {
    event?.preventDefault();
    if (empty || notice?.over || edit.isPending || uploads.busy) return;
    if (body === message.body && !filesChanged) return done();
    edit.mutate(
      {
        roomId: message.roomId,
        messageId: message.id,
        body,
        ...(filesChanged ? { attachmentIds: uploads.ids } : {}),
      },
      { onSuccess: done },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      done();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      save(event);
    }
  }

  return (
    <form className="chat-edit-form" onSubmit={save} noValidate {...uploads.dropTarget}>
      <MarkdownEditor
        textareaRef={field}
        id={id}
        label={t('chat.editForm.label')}
        labelHidden
        value={body}
        rows={2}
        invalid={notice?.over}
        describedBy={`${id}-help`}
        onChange={setBody}
        onKeyDown={onKeyDown}
        mentionsIn={{ room: message.roomId }}
        draft={{ target: draftTarget, original: message.body }}
      />
      <div id={`${id}-help`}>
        {notice && <p className={notice.over ? 'field-error' : 'field-hint'}>{notice.text}</p>}
        {empty && <p className="field-error">{t('chat.editForm.empty')}</p>}
        {!empty && edit.isError && (
          <p className="field-error">{failure.fields.body ?? failure.message}</p>
        )}
      </div>
      <AttachmentField uploads={uploads} />
      <div className="button-row">
        <button type="submit" className="action-button" disabled={edit.isPending || uploads.busy}>
          {edit.isPending ? t('chat.editForm.saving') : t('chat.editForm.save')}
        </button>
        <button type="button" className="action-button" onClick={done}>
          {t('chat.editForm.cancel')}
        </button>
        <span className="small muted">{t('chat.editForm.help')}</span>
      </div>
    </form>
  );
}

import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { AttachmentField } from '../../../components/attachments/attachment-field.tsx';
import { useAttachmentUploads } from '../../../components/attachments/use-attachment-uploads.ts';
import {
  ContentLanguageSelect,
  useContentLanguage,
} from '../../../components/content-language-select.tsx';
import { MarkdownEditor } from '../../../components/markdown-editor/markdown-editor.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { realtime, useRealtime } from '../../../lib/realtime.ts';
import type { PendingMessage } from '../../../lib/realtime-store.ts';
import { byteLength, lengthNotice } from '../message-text.ts';

/**
 * Where messages are written. It works while the connection is down too: what is sent then
 * waits, marked, and goes out when the connection is back.
 */
export function Composer({
  roomId,
  roomTitle,
  pending,
  carried,
}: {
  roomId: string;
  roomTitle: string;
  pending: readonly PendingMessage[];
  /** Markdown that goes out at the head of the next message (a link to what it is about). */
  carried?: { markdown: string; onSent: () => void } | undefined;
}) {
  const intl = useIntl();
  const t = useT();
  const id = `chat-composer-${roomId}`;
  const field = useRef<HTMLTextAreaElement>(null);
  // What was written in each room and not sent is its draft (the editor keeps it), so switching
  // rooms or reloading loses nothing.
  const [body, write] = useState('');
  const [language, setLanguage] = useContentLanguage();
  // Files go up as soon as they are chosen, pasted or dropped; the message waits for them.
  const uploads = useAttachmentUploads();
  const notice = lengthNotice(intl, byteLength(body));
  const failed = pending.findLast((echo) => echo.status === 'failed');
  const refusal = useRealtime((state) => state.error);
  const problem = failed?.error ?? refusal;

  // Opening a room is for writing in it: the composer takes focus, rather than lying 25 Tabs
  // past the navigation and the history. Not where the pointer is a finger: there focus opens a
  // keyboard over the conversation the member came to read.
  useEffect(() => {
    if (window.matchMedia('(pointer: fine)').matches) field.current?.focus({ preventScroll: true });
  }, []);

  function send(event?: FormEvent) {
    event?.preventDefault();
    field.current?.focus();
    if (!body.trim() || notice?.over || uploads.busy) return;
    const text = carried ? `${carried.markdown}\n\n${body}` : body;
    realtime.send(roomId, text, language, uploads.ids);
    carried?.onSent();
    uploads.reset();
    write('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // While an input method composes a word, Enter picks the word; it must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) send(event);
  }

  return (
    <form className="chat-composer" onSubmit={send} noValidate {...uploads.dropTarget}>
      <div className="chat-composer-row">
        <MarkdownEditor
          textareaRef={field}
          id={id}
          label={t('chat.composer.label')}
          labelHidden
          rows={1}
          value={body}
          placeholder={t('chat.composer.placeholder', { room: roomTitle })}
          invalid={notice?.over}
          describedBy={`chat-room-title ${id}-help`}
          onChange={(text) => {
            write(text);
            if (text.trim()) realtime.typing(roomId);
          }}
          onKeyDown={onKeyDown}
          mentionsIn={{ room: roomId }}
          draft={{ target: `room:${roomId}` }}
          suggestionsAbove
        />
        <button type="submit" className="button-primary" disabled={uploads.busy}>
          {t('chat.composer.send')}
        </button>
      </div>
      <div className="chat-composer-footer">
        <div id={`${id}-help`} className="chat-composer-help">
          {notice ? (
            <p className={notice.over ? 'field-error' : 'field-hint'}>{notice.text}</p>
          ) : (
            <p className="field-hint">{t('chat.composer.help')}</p>
          )}
        </div>
        <ContentLanguageSelect value={language} onChange={setLanguage} compact />
      </div>
      <AttachmentField uploads={uploads} />
      {problem && <Alert tone="error">{problem}</Alert>}
    </form>
  );
}

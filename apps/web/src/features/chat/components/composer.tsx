import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import {
  AttachButton,
  AttachmentField,
} from '../../../components/attachments/attachment-field.tsx';
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
import './composer.css';

/**
 * Where messages are written. It works while the connection is down too: what is sent then
 * waits, marked, and goes out when the connection is back. A picture or a file may go alone.
 *
 * On a phone it is one row (attach, the field, more options, send), so that the conversation
 * keeps the screen; Write/Preview, the language, the hints and the draft line wait behind "More
 * options". Wider windows show them all, and the toggle is not there.
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
  const [options, setOptions] = useState(false);
  // Closing the options on a phone hides Write/Preview too: the editor starts afresh in Write,
  // so that a preview left open cannot stand in for the field with no way back to it.
  const [editorRound, setEditorRound] = useState(0);
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
    const empty = !body.trim() && uploads.ids.length === 0;
    if (empty || notice?.over || uploads.busy) return;
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
    <form
      className="chat-composer"
      data-options={options ? 'shown' : 'hidden'}
      onSubmit={send}
      noValidate
      {...uploads.dropTarget}
    >
      <div className="chat-composer-row">
        <AttachButton
          uploads={uploads}
          className="chat-composer-icon"
          label={t('content.attachments.add')}
          describedBy={`${id}-attach-hint`}
        >
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path d="M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z" fill="currentColor" />
          </svg>
        </AttachButton>
        <MarkdownEditor
          key={editorRound}
          textareaRef={field}
          id={id}
          label={t('chat.composer.label')}
          labelHidden
          rows={1}
          value={body}
          placeholder={t('chat.composer.placeholder', { room: roomTitle })}
          invalid={notice?.over}
          describedBy={`chat-room-title ${id}-help${notice ? ` ${id}-notice` : ''}`}
          onChange={(text) => {
            write(text);
            if (text.trim()) realtime.typing(roomId);
          }}
          onKeyDown={onKeyDown}
          mentionsIn={{ room: roomId }}
          draft={{ target: `room:${roomId}` }}
          suggestionsAbove
        />
        <button
          type="button"
          className="chat-composer-icon chat-composer-more"
          aria-expanded={options}
          aria-controls={`${id}-options`}
          aria-label={t('chat.composer.options')}
          title={t('chat.composer.options')}
          onClick={() => {
            if (options) setEditorRound((round) => round + 1);
            setOptions(!options);
          }}
        >
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <circle cx="5" cy="12" r="2" fill="currentColor" />
            <circle cx="12" cy="12" r="2" fill="currentColor" />
            <circle cx="19" cy="12" r="2" fill="currentColor" />
          </svg>
        </button>
        <button type="submit" className="button-primary" disabled={uploads.busy}>
          {t('chat.composer.send')}
        </button>
      </div>
      {notice && (
        <p id={`${id}-notice`} className={notice.over ? 'field-error' : 'field-hint'}>
          {notice.text}
        </p>
      )}
      <div id={`${id}-options`} className="chat-composer-footer">
        <p className="chat-composer-help field-hint">
          <span id={`${id}-help`}>{t('chat.composer.help')}</span>{' '}
          <span id={`${id}-attach-hint`}>{t('content.attachments.hint')}</span>
        </p>
        <ContentLanguageSelect value={language} onChange={setLanguage} compact />
      </div>
      <AttachmentField uploads={uploads} button={false} />
      {problem && <Alert tone="error">{problem}</Alert>}
    </form>
  );
}

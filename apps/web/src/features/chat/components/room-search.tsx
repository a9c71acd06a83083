import type { MessageHit } from '@praxis/contracts/search';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { SnippetText } from '../../../components/snippet.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { ROOM_SEARCH_MIN_LENGTH, useRoomSearch } from '../api/search-room.ts';

/**
 * Search inside the open room: the messages holding the words, each opening the room at it
 * (highlighted, with the history around it).
 */
export function RoomSearch({ roomId }: { roomId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const fieldId = useId();
  const found = useRoomSearch(roomId, q);

  if (!open) {
    return (
      <button type="button" className="button-link small" onClick={() => setOpen(true)}>
        {t('chat.search.open')}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };
  return (
    <search className="chat-room-search">
      <form onSubmit={submit}>
        <label htmlFor={fieldId} className="visually-hidden">
          {t('chat.search.label')}
        </label>
        <input
          id={fieldId}
          type="search"
          placeholder={t('chat.search.label')}
          maxLength={200}
          autoComplete="off"
          // biome-ignore lint/a11y/noAutofocus: the member just asked to search this room.
          autoFocus
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        />
        <button type="submit" className="button-secondary">
          {t('chat.search.submit')}
        </button>
        <button type="button" className="button-link small" onClick={() => setOpen(false)}>
          {t('chat.search.close')}
        </button>
      </form>
      <div role="status" className="small muted">
        {q.length > 0 && q.length < ROOM_SEARCH_MIN_LENGTH && t('chat.search.tooShort')}
        {found.isFetching && t('chat.search.searching')}
        {found.data?.messages.length === 0 && t('chat.search.none', { q })}
      </div>
      {found.isError && <Alert tone="error">{formErrors(found.error).message}</Alert>}
      {found.data && found.data.messages.length > 0 && (
        <ul className="chat-search-hits">
          {found.data.messages.map((hit) => (
            <RoomSearchHit key={hit.messageId} hit={hit} />
          ))}
        </ul>
      )}
    </search>
  );
}

function RoomSearchHit({ hit }: { hit: MessageHit }) {
  const t = useT();
  return (
    <li>
      <Link to={`/chat/${hit.roomId}?message=${hit.messageId}`}>
        <span className="chat-search-author">
          {hit.author.former ? t('dataRights.formerMember') : hit.author.name}
        </span>{' '}
        <span className="small muted">
          <RelativeTime iso={hit.createdAt} />
        </span>
        <br />
        <SnippetText parts={hit.snippet} lang={hit.snippetLanguage} />
      </Link>
    </li>
  );
}

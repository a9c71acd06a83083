import type { AccountMember } from '@praxis/contracts/members';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { queryClient } from '../../lib/query-client.ts';
import { useOnlineMembers } from '../../lib/realtime.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { messagesQueryOptions } from './api/list-messages.ts';
import { roomsQueryOptions, useRooms } from './api/list-rooms.ts';
import { RoomList } from './components/room-list.tsx';
import { RoomView } from './components/room-view.tsx';
import { roomTitle } from './message-text.ts';
import { useVisualViewportHeight } from './use-visual-viewport-height.ts';

/**
 * A first load of the chat: the rooms, and the open room's latest messages, are asked for as
 * soon as this page's code has arrived, beside the session, instead of one after the other once
 * the shell has rendered.
 */
export function prefetchChatPage(roomId: string | undefined) {
  return Promise.all([
    queryClient.prefetchQuery(roomsQueryOptions()),
    roomId ? queryClient.prefetchInfiniteQuery(messagesQueryOptions(roomId)) : undefined,
  ]);
}

/** /chat lists the rooms; /chat/:roomId opens one beside the list (on a phone, instead of it). */
export function ChatPage({ member }: { member: AccountMember }) {
  const t = useT();
  const intl = useIntl();
  const { roomId } = useParams();
  const rooms = useRooms();
  const online = useOnlineMembers();
  const room = roomId ? rooms.data?.rooms.find((candidate) => candidate.id === roomId) : undefined;
  useDocumentTitle(room ? roomTitle(intl, room) : t('chat.page.title'));
  useVisualViewportHeight();

  // A conversation started a moment ago may be missing from a list fetched before it.
  const askedAgainFor = useRef<string | null>(null);
  const { isSuccess, refetch } = rooms;
  useEffect(() => {
    if (!roomId || !isSuccess || room || askedAgainFor.current === roomId) return;
    askedAgainFor.current = roomId;
    refetch();
  }, [roomId, isSuccess, room, refetch]);

  const heading = roomId ? (
    <h2 className="chat-rooms-heading">{t('chat.rooms.heading')}</h2>
  ) : (
    <h1 className="chat-rooms-heading">{t('chat.page.title')}</h1>
  );

  return (
    <div className={`chat-page${roomId ? ' chat-page-room' : ''}`}>
      <div className="chat-sidebar">
        {rooms.isPending && (
          <>
            {heading}
            <p className="loading" role="status">
              {t('chat.rooms.loading')}
            </p>
          </>
        )}
        {rooms.isError && (
          <>
            {heading}
            <Alert tone="error">{formErrors(rooms.error).message}</Alert>
          </>
        )}
        {rooms.isSuccess && <RoomList rooms={rooms.data.rooms} online={online} heading={heading} />}
      </div>
      <div className="chat-main">
        {!roomId ? (
          <div className="chat-empty">
            <p className="lead">{t('chat.page.pickRoom')}</p>
            <p className="muted">{t('chat.page.roomsExplained')}</p>
          </div>
        ) : room ? (
          <RoomView key={room.id} room={room} viewer={member} />
        ) : rooms.isPending || rooms.isFetching ? null : (
          <div className="chat-empty">
            <h1>{t('chat.page.roomNotFound')}</h1>
            <p>{t('chat.page.roomNotFoundText')}</p>
            <p>
              <Link to="/chat">{t('chat.rooms.all')}</Link>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}

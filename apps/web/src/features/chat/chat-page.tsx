import type { AccountMember } from '@praxis/contracts/members';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useOnlineMembers } from '../../lib/realtime.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useRooms } from './api/list-rooms.ts';
import { RoomList } from './components/room-list.tsx';
import { RoomView } from './components/room-view.tsx';

/** /chat lists the rooms; /chat/:roomId opens one beside the list (on a phone, instead of it). */
export function ChatPage({ member }: { member: AccountMember }) {
  const { roomId } = useParams();
  const rooms = useRooms();
  const online = useOnlineMembers();
  const room = roomId ? rooms.data?.rooms.find((candidate) => candidate.id === roomId) : undefined;
  useDocumentTitle(room?.title ?? 'Chat');

  // A conversation started a moment ago may be missing from a list fetched before it.
  const askedAgainFor = useRef<string | null>(null);
  const { isSuccess, refetch } = rooms;
  useEffect(() => {
    if (!roomId || !isSuccess || room || askedAgainFor.current === roomId) return;
    askedAgainFor.current = roomId;
    refetch();
  }, [roomId, isSuccess, room, refetch]);

  const heading = roomId ? (
    <h2 className="chat-rooms-heading">Rooms</h2>
  ) : (
    <h1 className="chat-rooms-heading">Chat</h1>
  );

  return (
    <div className={`chat-page${roomId ? ' chat-page-room' : ''}`}>
      <div className="chat-sidebar">
        {rooms.isPending && (
          <>
            {heading}
            <p className="loading" role="status">
              Loading rooms…
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
            <p className="lead">Pick a room to read and write in it.</p>
            <p className="muted">
              There is a room for the whole network, one for each of your cohorts and for each
              meetup you go to. To write to someone directly, open their profile and choose Message.
            </p>
          </div>
        ) : room ? (
          <RoomView key={room.id} room={room} viewer={member} />
        ) : rooms.isPending || rooms.isFetching ? null : (
          <div className="chat-empty">
            <h1>Room not found</h1>
            <p>This room does not exist, or you are not one of its members.</p>
            <p>
              <Link to="/chat">All rooms</Link>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}

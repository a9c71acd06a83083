import type { Message, Room } from '@praxis/contracts/chat';
import type { AccountMember } from '@praxis/contracts/members';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useConnectionState, useOnlineMembers, useRealtimeRoom } from '../../../lib/realtime.ts';
import { useLeaveRoom } from '../api/leave-room.ts';
import { useMessages } from '../api/list-messages.ts';
import { useMessageWindow } from '../api/message-window.ts';
import { useMuteRoom } from '../api/mute-room.ts';
import { joinHistory } from '../joined-history.ts';
import { roomTitle } from '../message-text.ts';
import { useMarkRead } from '../use-mark-read.ts';
import { CarriedQuestionNote, useCarriedQuestion } from './carried-question.tsx';
import { Composer } from './composer.tsx';
import { MessageList } from './message-list.tsx';
import { NewerHistory } from './newer-history.tsx';
import { RoomSearch } from './room-search.tsx';
import { TypingLine } from './typing-line.tsx';

/**
 * An open room: what was said (history over HTTP, the rest live), who is typing, the composer.
 * Opened at a message (?message=, a search hit), the history is the window around it, the
 * message highlighted, older and newer history loadable; what is said live meanwhile waits
 * below, counted, until the window reaches the latest or the member jumps there.
 */
export function RoomView({ room, viewer }: { room: Room; viewer: AccountMember }) {
  const t = useT();
  const intl = useIntl();
  const [params] = useSearchParams();
  const found = params.get('message');
  const latest = useMessages(room.id, found === null);
  const around = useMessageWindow(room.id, found);
  const history = found === null ? latest : around;
  const live = useRealtimeRoom(room.id);
  const connection = useConnectionState();
  const [atBottom, setAtBottom] = useState(true);
  const carried = useCarriedQuestion();
  const newerToLoad = found !== null && around.hasPreviousPage;
  const since = useLatestWhenOpened(found, room.lastSeq);

  const { messages, waiting } = useMemo(
    () =>
      joinHistory((history.data?.pages ?? []) as { messages: Message[] }[], live.messages, {
        complete: !newerToLoad,
        since,
      }),
    [history.data, live.messages, newerToLoad, since],
  );
  useJumpWhenSending(room.id, live.pending.length, newerToLoad);
  useMarkRead(room, messages.at(-1)?.seq, atBottom);
  useMarkFound(found, messages.length > 0);

  return (
    <section className="chat-room" aria-labelledby="chat-room-title">
      <RoomHeader room={room} />
      {connection === 'reconnecting' && (
        <p className="chat-banner" role="status">
          {t('chat.room.reconnecting')}
        </p>
      )}
      {live.error && <Alert tone="error">{live.error}</Alert>}
      {history.isPending ? (
        <p className="loading chat-log" role="status">
          {t('chat.room.loading')}
        </p>
      ) : history.isError ? (
        <div className="chat-log">
          <Alert tone="error">{formErrors(history.error).message}</Alert>
          <button type="button" className="button-secondary" onClick={() => history.refetch()}>
            {t('chat.room.tryAgain')}
          </button>
        </div>
      ) : (
        <MessageList
          room={room}
          messages={messages}
          pending={live.pending}
          viewer={viewer}
          older={{
            available: history.hasNextPage,
            loading: history.isFetchingNextPage,
            load: () => history.fetchNextPage(),
          }}
          onBottomChange={setAtBottom}
          startAt={found}
          // Another message found in the same room starts the log again, at it.
          key={found ?? 'latest'}
        />
      )}
      {newerToLoad && (
        <NewerHistory
          roomId={room.id}
          waiting={waiting}
          loading={around.isFetchingPreviousPage}
          onLoad={() => around.fetchPreviousPage()}
        />
      )}
      <TypingLine typing={live.typing} />
      {room.kind === 'direct' && room.members.length === 0 ? (
        <p className="chat-alone">{t('chat.room.alone')}</p>
      ) : (
        <>
          {carried.question && (
            <CarriedQuestionNote question={carried.question} onRemove={carried.clear} />
          )}
          <Composer
            roomId={room.id}
            roomTitle={roomTitle(intl, room)}
            pending={live.pending}
            carried={carried.composer}
          />
        </>
      )}
    </section>
  );
}

/** The room's latest seq when it was opened at `found`: what is newer came while reading. */
function useLatestWhenOpened(found: string | null, lastSeq: number): number {
  const [opened, setOpened] = useState({ found, lastSeq });
  if (opened.found === found) return opened.lastSeq;
  setOpened({ found, lastSeq });
  return lastSeq;
}

/**
 * A member who sends while reading old history goes to the latest, where their message shows
 * in its place rather than under the old ones.
 */
function useJumpWhenSending(roomId: string, pending: number, reading: boolean) {
  const navigate = useNavigate();
  const before = useRef(pending);
  useEffect(() => {
    if (reading && pending > before.current) navigate(`/chat/${roomId}`);
    before.current = pending;
  }, [navigate, roomId, pending, reading]);
}

/** Marks the message a search found (MessageList starts the log at it), once. */
function useMarkFound(messageId: string | null, shown: boolean) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!messageId || !shown || done.current === messageId) return;
    const entry = document.querySelector(`[data-entry="${CSS.escape(messageId)}"]`);
    if (!entry) return;
    done.current = messageId;
    entry.classList.add('chat-message-found');
  });
}

function RoomHeader({ room }: { room: Room }) {
  const t = useT();
  const intl = useIntl();
  const mute = useMuteRoom();
  return (
    <header className="chat-room-header">
      <div className="chat-room-title-row">
        <Link className="chat-back" to="/chat">
          {t('chat.rooms.all')}
        </Link>
        <h1 id="chat-room-title">{roomTitle(intl, room)}</h1>
        <button
          type="button"
          className="button-secondary chat-mute"
          aria-pressed={room.muted}
          disabled={mute.isPending}
          title={
            room.kind === 'direct' ? t('chat.room.muteTitleDirect') : t('chat.room.muteTitleRoom')
          }
          onClick={() => mute.mutate({ roomId: room.id, muted: !room.muted })}
        >
          {room.muted ? t('chat.room.muted') : t('chat.room.mute')}
        </button>
      </div>
      {mute.isError && <Alert tone="error">{formErrors(mute.error).message}</Alert>}
      <RoomSearch roomId={room.id} />
      {room.kind === 'direct' ? (
        <>
          <RoomMembers room={room} />
          <LeaveConversation roomId={room.id} />
        </>
      ) : (
        <RoomAbout room={room} />
      )}
    </header>
  );
}

function RoomMembers({ room }: { room: Room }) {
  const t = useT();
  const online = useOnlineMembers();
  return (
    <ul className="chat-room-members small">
      {room.members.map((member) => {
        const here = online.has(member.id);
        return (
          <li key={member.id} className="chat-room-member">
            <span className={`presence-dot${here ? ' presence-online' : ''}`} aria-hidden="true" />
            <Link to={`/members/${member.handle}`}>{member.name}</Link>
            <span className="muted">
              {' '}
              {here ? t('chat.presence.onlineLabel') : t('chat.presence.offlineLabel')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function RoomAbout({ room }: { room: Room }) {
  const t = useT();
  const { cohortId, meetupId } = room;
  return (
    <p className="chat-room-about small muted">
      {room.kind === 'network' && t('chat.room.aboutNetwork')}
      {room.kind === 'cohort' && cohortId && (
        <T
          id="chat.room.aboutCohort"
          values={{ link: (chunks) => <Link to={`/cohorts/${cohortId}`}>{chunks}</Link> }}
        />
      )}
      {room.kind === 'meetup' && meetupId && (
        <T
          id="chat.room.aboutMeetup"
          values={{ link: (chunks) => <Link to={`/meetups/${meetupId}`}>{chunks}</Link> }}
        />
      )}
    </p>
  );
}

/** Leaving asks once more: the conversation and its history go from the member's list. */
function LeaveConversation({ roomId }: { roomId: string }) {
  const t = useT();
  const leave = useLeaveRoom();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button-link small" onClick={() => setAsking(true)}>
        {t('chat.room.leave')}
      </button>
    );
  }
  return (
    <div className="chat-leave">
      <p className="chat-leave-question small">{t('chat.room.leaveQuestion')}</p>
      <div className="chat-leave-actions">
        <button
          type="button"
          className="button-danger"
          disabled={leave.isPending}
          onClick={() => leave.mutate(roomId)}
        >
          {leave.isPending ? t('chat.room.leaving') : t('chat.room.leaveConfirm')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
          {t('chat.room.stay')}
        </button>
      </div>
      {leave.isError && <Alert tone="error">{formErrors(leave.error).message}</Alert>}
    </div>
  );
}

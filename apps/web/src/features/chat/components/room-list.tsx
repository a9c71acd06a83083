import type { Room, RoomKind } from '@praxis/contracts/chat';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { roomTitle } from '../message-text.ts';

const GROUPS: RoomKind[] = ['network', 'cohort', 'meetup', 'direct'];

/** Someone in a direct conversation is online: the others are all the members it lists. */
export function anyoneOnline(room: Room, online: ReadonlySet<string>): boolean {
  return room.members.some((member) => online.has(member.id));
}

/** Most recent conversation first; rooms nobody has written in yet, by their titles. */
function byActivity(title: (room: Room) => string) {
  return (a: Room, b: Room): number => {
    const activity = (b.lastMessageAt ?? '').localeCompare(a.lastMessageAt ?? '');
    return activity !== 0 ? activity : title(a).localeCompare(title(b));
  };
}

/** Every room of the member, by kind, each with its unread count. */
export function RoomList({
  rooms,
  online,
  heading,
}: {
  rooms: readonly Room[];
  online: ReadonlySet<string>;
  heading: ReactNode;
}) {
  const t = useT();
  const intl = useIntl();
  const title = (room: Room) => roomTitle(intl, room);
  return (
    <nav className="chat-rooms" aria-label={t('chat.rooms.heading')}>
      {heading}
      {GROUPS.map((kind) => {
        const group = rooms.filter((room) => room.kind === kind).sort(byActivity(title));
        if (group.length === 0 && kind !== 'direct') return null;
        return (
          <section key={kind} className="room-group" aria-labelledby={`rooms-${kind}`}>
            <h2 id={`rooms-${kind}`} className="room-group-heading">
              {t(`chat.rooms.group.${kind}`)}
            </h2>
            {group.length === 0 ? (
              <p className="room-group-empty small muted">{t('chat.rooms.noDirect')}</p>
            ) : (
              <ul className="room-list">
                {group.map((room) => (
                  <li key={room.id}>
                    <RoomLink room={room} online={anyoneOnline(room, online)} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </nav>
  );
}

function RoomLink({ room, online }: { room: Room; online: boolean }) {
  const intl = useIntl();
  const t = useT();
  const direct = room.kind === 'direct';
  // Named by what shows plus hidden words ("online", "unread"), never by an aria-label that
  // would differ from the visible text that voice control users read out.
  return (
    <NavLink
      to={`/chat/${room.id}`}
      className={`room-link${room.unread > 0 ? ' room-link-unread' : ''}${room.muted ? ' room-link-muted' : ''}`}
    >
      {direct && (
        <span
          className={`presence-dot${online ? ' presence-online' : ''}`}
          title={online ? t('chat.presence.online') : t('chat.presence.offline')}
          aria-hidden="true"
        />
      )}
      <span className="room-link-title">{roomTitle(intl, room)}</span>
      {direct && online && (
        <span className="visually-hidden">{t('chat.presence.onlineLabel')}</span>
      )}
      {room.muted && <span className="room-muted small">{t('chat.rooms.muted')}</span>}
      {room.unread > 0 && (
        <span className="room-unread">
          <T
            id="chat.rooms.unread"
            values={{
              count: room.unread,
              shown: room.unread > 99 ? '99+' : intl.formatNumber(room.unread),
              hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
            }}
          />
        </span>
      )}
    </NavLink>
  );
}

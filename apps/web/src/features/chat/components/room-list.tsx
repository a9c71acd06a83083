import type { Room, RoomKind } from '@praxis/contracts/chat';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

const GROUPS: { kind: RoomKind; heading: string }[] = [
  { kind: 'network', heading: 'Network' },
  { kind: 'cohort', heading: 'Cohorts' },
  { kind: 'meetup', heading: 'Meetups' },
  { kind: 'direct', heading: 'Direct messages' },
];

/** Someone in a direct conversation is online: the others are all the members it lists. */
export function anyoneOnline(room: Room, online: ReadonlySet<string>): boolean {
  return room.members.some((member) => online.has(member.id));
}

/** Most recent conversation first; rooms nobody has written in yet, by name. */
function byActivity(a: Room, b: Room): number {
  const activity = (b.lastMessageAt ?? '').localeCompare(a.lastMessageAt ?? '');
  return activity !== 0 ? activity : a.title.localeCompare(b.title);
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
  return (
    <nav className="chat-rooms" aria-label="Rooms">
      {heading}
      {GROUPS.map(({ kind, heading: groupHeading }) => {
        const group = rooms.filter((room) => room.kind === kind).sort(byActivity);
        if (group.length === 0 && kind !== 'direct') return null;
        return (
          <section key={kind} className="room-group" aria-labelledby={`rooms-${kind}`}>
            <h2 id={`rooms-${kind}`} className="room-group-heading">
              {groupHeading}
            </h2>
            {group.length === 0 ? (
              <p className="room-group-empty small muted">
                None yet. To write to someone, open their profile and choose Message.
              </p>
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
          title={online ? 'Online' : 'Offline'}
          aria-hidden="true"
        />
      )}
      <span className="room-link-title">{room.title}</span>
      {direct && online && <span className="visually-hidden">online</span>}
      {room.muted && <span className="room-muted small">muted</span>}
      {room.unread > 0 && (
        <span className="room-unread">
          {room.unread > 99 ? '99+' : room.unread}
          <span className="visually-hidden"> unread</span>
        </span>
      )}
    </NavLink>
  );
}

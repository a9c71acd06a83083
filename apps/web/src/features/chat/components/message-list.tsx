import type { Message, Room } from '@praxis/contracts/chat';
import type { AccountMember } from '@praxis/contracts/members';
import { Fragment, useEffect, useLayoutEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../../lib/i18n/use-t.tsx';
import type { PendingMessage } from '../../../lib/realtime-store.ts';
import { dayKey, dayLabel, roomStartLine, roomTitle } from '../message-text.ts';
import { MessageItem } from './message-item.tsx';
import { PendingItem } from './pending-item.tsx';

/** A run of messages by one author this close together shows their name once. */
const RUN_MS = 5 * 60_000;
/** Within this distance of an edge counts as being there. */
const EDGE_PX = 48;
const LOAD_OLDER_PX = 240;

export interface OlderHistory {
  available: boolean;
  loading: boolean;
  load(): void;
}

type Entry =
  | { kind: 'message'; key: string; authorId: string; at: string; message: Message }
  | { kind: 'pending'; key: string; authorId: string; at: string; echo: PendingMessage };

/**
 * The room's messages, oldest at the top. Scrolling near the top loads older history without
 * moving what is on screen; while the reader is at the bottom, it stays there as messages come.
 * Opened at a message, the log starts with it in the middle, and away from the bottom.
 */
export function MessageList({
  room,
  messages,
  pending,
  viewer,
  older,
  onBottomChange,
  startAt,
}: {
  room: Room;
  messages: readonly Message[];
  pending: readonly PendingMessage[];
  viewer: AccountMember;
  older: OlderHistory;
  onBottomChange(atBottom: boolean): void;
  /** The message to show first, in the middle of the log (a search hit); else the latest. */
  startAt?: string | null | undefined;
}) {
  const intl = useIntl();
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const atBottom = useRef(!startAt);
  const logHeight = useRef(0);
  /** What the last render showed: its first and last entry, and where the first one sat. */
  const shown = useRef<{ firstKey?: string; lastKey?: string; firstTop: number }>({
    firstTop: 0,
  });

  const entries: Entry[] = [
    ...messages.map((message) => ({
      kind: 'message' as const,
      key: message.id,
      authorId: message.author.id,
      at: message.createdAt,
      message,
    })),
    ...pending.map((echo) => ({
      kind: 'pending' as const,
      key: echo.clientId,
      authorId: viewer.id,
      at: echo.createdAt,
      echo,
    })),
  ];
  const firstKey = entries[0]?.key;
  const last = entries.at(-1);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const before = shown.current;
    const prepended =
      before.firstKey !== undefined && firstKey !== before.firstKey && last?.key === before.lastKey;
    const ownNew = last?.kind === 'pending' && last.key !== before.lastKey;
    if (before.firstKey === undefined && startAt) {
      element
        .querySelector(`[data-entry="${CSS.escape(startAt)}"]`)
        ?.scrollIntoView({ block: 'center' });
    } else if (prepended) {
      // The message that was first stays where the reader saw it.
      element.scrollTop += offsetOf(element, before.firstKey) - before.firstTop;
    } else if (atBottom.current || ownNew) {
      element.scrollTop = element.scrollHeight;
    }
    shown.current = { firstKey, lastKey: last?.key, firstTop: offsetOf(element, firstKey) };
  });

  // A first page too short to scroll can never be scrolled to the top: fetch more at once.
  useEffect(() => {
    const element = scroller.current;
    if (!element || !older.available || older.loading) return;
    if (element.scrollHeight <= element.clientHeight) older.load();
  });

  // Pictures and edits change heights after rendering, and an on-screen keyboard shortens the
  // log itself: keep to the bottom through them too.
  useEffect(() => {
    const element = scroller.current;
    const inner = content.current;
    if (!element || !inner) return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) element.scrollTop = element.scrollHeight;
      shown.current = { ...shown.current, firstTop: offsetOf(element, shown.current.firstKey) };
    });
    observer.observe(inner);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  function onScroll() {
    const element = scroller.current;
    if (!element) return;
    // A log whose height has just changed (a keyboard opening) was scrolled by the browser, not
    // by the reader: one who was at the bottom stays there.
    if (element.clientHeight !== logHeight.current) {
      logHeight.current = element.clientHeight;
      if (atBottom.current) {
        element.scrollTop = element.scrollHeight;
        return;
      }
    }
    const bottom = element.scrollHeight - element.scrollTop - element.clientHeight < EDGE_PX;
    if (bottom !== atBottom.current) {
      atBottom.current = bottom;
      onBottomChange(bottom);
    }
    if (element.scrollTop < LOAD_OLDER_PX && older.available && !older.loading) older.load();
  }

  return (
    <div
      ref={scroller}
      className="chat-log"
      role="log"
      aria-label={roomTitle(intl, room)}
      aria-busy={older.loading || undefined}
      // A scrolling region must be focusable for people who scroll with the keyboard.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
      tabIndex={0}
      onScroll={onScroll}
    >
      <div ref={content} className="chat-log-content">
        {older.available ? (
          <p className="chat-older">
            <button
              type="button"
              className="button-link"
              disabled={older.loading}
              onClick={older.load}
            >
              {older.loading ? t('chat.messages.loadingOlder') : t('chat.messages.loadOlder')}
            </button>
          </p>
        ) : (
          <p className="chat-start small muted">{roomStartLine(intl, room, entries.length > 0)}</p>
        )}
        <ol className="chat-messages">
          {entries.map((entry, index) => {
            const previous = entries[index - 1];
            const newDay = !previous || dayKey(previous.at) !== dayKey(entry.at);
            const compact =
              !newDay &&
              previous?.authorId === entry.authorId &&
              !(previous.kind === 'message' && previous.message.deletedAt) &&
              Date.parse(entry.at) - Date.parse(previous.at) < RUN_MS;
            return (
              <Fragment key={entry.key}>
                {newDay && (
                  <li className="chat-day">
                    <span>{dayLabel(intl, entry.at)}</span>
                  </li>
                )}
                {entry.kind === 'message' ? (
                  <MessageItem
                    message={entry.message}
                    own={entry.authorId === viewer.id}
                    compact={compact}
                    viewerId={viewer.id}
                  />
                ) : (
                  <PendingItem echo={entry.echo} viewer={viewer} compact={compact} />
                )}
              </Fragment>
            );
          })}
        </ol>
      </div>
    </div>
  );
}

/** Where an entry sits in the scrolled content (the list is its offset parent). */
function offsetOf(list: HTMLElement, key: string | undefined): number {
  if (key === undefined) return 0;
  const item = list.querySelector<HTMLElement>(`[data-entry="${CSS.escape(key)}"]`);
  return item?.offsetTop ?? 0;
}

import type { Message } from '@praxis/contracts/chat';
import { upsertMessages } from '../../lib/realtime-store.ts';

export interface JoinedHistory {
  /** What the log shows, ascending by seq, with no gap between its first and last message. */
  messages: readonly Message[];
  /** Messages said live after the shown ones that the member has not seen yet. */
  waiting: number;
}

/**
 * A room's history pages joined with the messages the tab received live. Live messages older
 * than the history's first are left out: an edit of a message far above would otherwise sit
 * over a gap. While newer history is still to load (`complete` false, a room opened at an old
 * message), live messages after the last one shown wait below rather than showing after a gap;
 * those newer than `since` (the room's latest when the window opened) are counted, so the
 * member can be told and jump to them. Once the history reaches the latest, they join it, each
 * message once, in seq order.
 */
export function joinHistory(
  pages: readonly { messages: readonly Message[] }[],
  live: readonly Message[],
  { complete, since }: { complete: boolean; since: number },
): JoinedHistory {
  const history = pages.reduce<readonly Message[]>(
    (merged, page) => upsertMessages(merged, page.messages),
    [],
  );
  const first = history[0]?.seq ?? Number.NEGATIVE_INFINITY;
  const last = history.at(-1)?.seq ?? Number.NEGATIVE_INFINITY;
  const joining = live.filter(
    (message) => message.seq >= first && (complete || message.seq <= last),
  );
  const waiting = complete
    ? 0
    : live.filter(
        (message) => message.seq > last && message.seq > since && message.deletedAt === null,
      ).length;
  return { messages: upsertMessages(history, joining), waiting };
}

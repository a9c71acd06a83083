import type { PresenceChange } from './presence.ts';

/**
 * How long presence changes gather before they go out in one frame. Nobody notices a quarter of
 * a second in a green dot, and when many tabs come and go at once (a server restarting, a
 * network coming back) every open tab gets a few frames instead of one per member.
 */
export const PRESENCE_FRAME_MS = 250;

/**
 * Gathers presence changes for `windowMs` after the first, then hands them to `send` in the
 * order they happened, each member once with their latest state.
 */
export function coalescePresence(send: (changes: PresenceChange[]) => void, windowMs: number) {
  const pending = new Map<string, boolean>();
  let timer: NodeJS.Timeout | null = null;

  function flush() {
    timer = null;
    const changes = [...pending].map(([memberId, online]) => ({ memberId, online }));
    pending.clear();
    if (changes.length > 0) send(changes);
  }

  return {
    /** Sends what is gathered now (before the online list is read again, say). */
    flush() {
      if (timer) clearTimeout(timer);
      flush();
    },
    add({ memberId, online }: PresenceChange) {
      // Deleted first, so that the member takes their place by their latest change.
      pending.delete(memberId);
      pending.set(memberId, online);
      if (timer) return;
      timer = setTimeout(flush, windowMs);
      // Waiting changes never keep a stopping server alive.
      timer.unref();
    },
  };
}

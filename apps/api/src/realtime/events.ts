/**
 * Every event that travels on the bus, by name, with its payload. The platform declares only
 * its own; each module adds its events by declaration merging in its `<feature>.events.ts`,
 * which must be imported by something the app builds from (its service or routes: a declaration
 * in a file nothing imports is missing from programs that import the app, such as the bench):
 *
 *   declare module '../../realtime/events.ts' {
 *     interface RealtimeEvents { 'thread.reply_created': { threadId: string; ... } }
 *   }
 *
 * Names are `<module>.<what happened>`, in the past tense (lowercase letters and underscores).
 * Payloads are JSON: ids and small values, not a whole record that a listener could read from
 * its table instead. The exception is a chat message, which every follower of the room receives
 * at once: it travels whole, serialised once, rather than read again by every instance.
 */
export interface RealtimeEvents {
  /** A session ended (sign-out, password change, deactivation): its sockets close. */
  'session.ended': { memberId: string };
  /** A member came online or went offline, as others may see it. */
  'presence.changed': { memberId: string; online: boolean };
}

export type EventName = keyof RealtimeEvents;

export type RealtimeEvent = {
  [Name in EventName]: { name: Name; payload: RealtimeEvents[Name] };
}[EventName];

export type EventHandler<Name extends EventName> = (
  payload: RealtimeEvents[Name],
) => void | Promise<void>;

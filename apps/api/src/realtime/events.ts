/**
 * Every event that travels on the bus, by name, with its payload. The platform declares only
 * its own; each module adds its events by declaration merging in its `<feature>.events.ts`:
 *
 *   declare module '../../realtime/events.ts' {
 *     interface RealtimeEvents { 'thread.reply_created': { threadId: string; ... } }
 *   }
 *
 * Names are `<module>.<what happened>`, in the past tense. Payloads are JSON: ids and small
 * values, never a whole record that a listener could read from its table instead.
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

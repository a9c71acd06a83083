import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { ChatClientFrames, ChatServerFrames } from './chat.ts';
import { NotificationKind } from './notifications.ts';

export { CloseCode, MAX_FRAME_BYTES, PROTOCOL_VERSION } from './protocol.ts';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Something a page can follow live: a thread (`thread:<id>`), a meetup (`meetup:<id>`), or the
 * activity of every thread the member can see (`threads`). Chat rooms have their own frames.
 */
export const Topic = z
  .string({ error: msg('validation.realtime.topic') })
  .regex(new RegExp(`^(threads|thread:${uuid}|meetup:${uuid})$`), {
    error: msg('validation.realtime.topic'),
  });
export type Topic = z.infer<typeof Topic>;

/**
 * What changed on a page someone follows. Frames name the change, not its content: the page
 * reads the content again over REST, where the same visibility rules apply as everywhere.
 */
export const LiveEvent = z.discriminatedUnion('name', [
  z.object({
    name: z.literal('thread.reply_created'),
    threadId: z.uuid(),
    replyId: z.uuid(),
    /** Who wrote it, so that the author's own other tabs need no "new replies" bar. */
    authorId: z.uuid(),
  }),
  /** An edit, a deletion or new helpful marks of one reply. */
  z.object({ name: z.literal('thread.reply_changed'), threadId: z.uuid(), replyId: z.uuid() }),
  /** The thread itself: edited, answer accepted, locked, pinned, hidden, helpful marks. */
  z.object({ name: z.literal('thread.changed'), threadId: z.uuid() }),
  /** On the `threads` topic: a thread the member can see has new activity. */
  z.object({ name: z.literal('thread.activity'), threadId: z.uuid() }),
  z.object({
    name: z.literal('meetup.changed'),
    meetupId: z.uuid(),
    what: z.enum(['rsvps', 'poll', 'schedule', 'agenda', 'details', 'notes', 'check_ins']),
  }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;

export const ErrorCode = z.enum([
  'malformed',
  'invalid',
  'forbidden',
  'not_found',
  'rate_limited',
  'unavailable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The envelope's own frames; features add theirs (chat's, in `chat.ts`). */
const EnvelopeClientFrames = [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('follow'), topic: Topic }),
  z.object({ type: z.literal('unfollow'), topic: Topic }),
  /** The tab gained or lost the focus: while one of a member's tabs has it, nothing is pushed. */
  z.object({
    type: z.literal('focus'),
    focused: z.boolean({ error: msg('validation.realtime.focused') }),
  }),
] as const;

export const ClientFrame = z.discriminatedUnion('type', [
  ...EnvelopeClientFrames,
  ...ChatClientFrames,
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

const EnvelopeServerFrames = [
  z.object({
    type: z.literal('hello'),
    protocol: z.number().int(),
    memberId: z.uuid(),
    /**
     * Everyone online right now; later changes arrive as `presence` frames. Left out when the
     * tab connected with the digest of the very list it held (`?onlineDigest=`, presence-digest.ts):
     * it keeps that list.
     */
    online: z.array(z.uuid()).optional(),
  }),
  /**
   * Who came online or went offline lately, in the order it happened, each member once with
   * their latest state: the changes of a moment share one frame (a thousand tabs reconnecting at
   * once are a few frames to each, not a thousand).
   */
  z.object({
    type: z.literal('presence'),
    changes: z.array(z.object({ memberId: z.uuid(), online: z.boolean() })),
  }),
  z.object({ type: z.literal('notification'), id: z.uuid(), kind: NotificationKind }),
  /** The topic is followed: what changes from now on arrives as `live` frames. */
  z.object({ type: z.literal('followed'), topic: Topic }),
  z.object({ type: z.literal('live'), topic: Topic, event: LiveEvent }),
  z.object({ type: z.literal('pong') }),
  z.object({
    type: z.literal('error'),
    code: ErrorCode,
    message: z.string(),
    /** The clientId, roomId or topic of the frame this answers, when it had one. */
    ref: z.string().optional(),
  }),
] as const;

export const ServerFrame = z.discriminatedUnion('type', [
  ...EnvelopeServerFrames,
  ...ChatServerFrames,
]);
export type ServerFrame = z.infer<typeof ServerFrame>;

import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Attachment, AttachmentIds } from './attachments.ts';
import { MAX_DIRECT_MEMBERS, MAX_MESSAGE_BYTES, REACTION_EMOJI } from './chat-limits.ts';
import { Author } from './common.ts';
import { ContentLanguage } from './languages.ts';

export {
  HISTORY_PAGE,
  MAX_DIRECT_MEMBERS,
  MAX_MESSAGE_BYTES,
  REACTION_EMOJI,
  type ReactionEmoji,
  SEND_LIMIT,
  TYPING_SHOWN_MS,
} from './chat-limits.ts';

export const RoomKind = z.enum(['network', 'cohort', 'meetup', 'direct']);
export type RoomKind = z.infer<typeof RoomKind>;

const Seq = z.number().int().min(0).max(2_147_483_647);
const RoomId = z.uuid({ error: msg('validation.chat.roomId') });

/** A message's text, which may be empty when files go with it. */
const MessageText = z
  .string({ error: msg('validation.chat.messageRequired') })
  .refine((value) => new TextEncoder().encode(value).length <= MAX_MESSAGE_BYTES, {
    error: msg('validation.chat.messageTooLong', { kilobytes: MAX_MESSAGE_BYTES / 1024 }),
  })
  .refine((value) => !value.includes('\u0000'), { error: msg('validation.chat.messageNul') });

export const MessageBody = MessageText.refine((value) => value.trim().length > 0, {
  error: msg('validation.chat.messageRequired'),
});

/** A picture or a file says enough on its own; a message with neither says nothing. */
const hasTextOrFiles = (message: { body: string; attachmentIds?: readonly string[] | undefined }) =>
  message.body.trim().length > 0 || (message.attachmentIds?.length ?? 0) > 0;
const TEXT_OR_FILES = {
  error: msg('validation.chat.messageOrFileRequired'),
  path: ['body'],
};

/** A client-made id for one send, so that a retried send is stored once. */
export const ClientId = z
  .string({ error: msg('validation.chat.clientIdRequired') })
  .min(8, { error: msg('validation.chat.clientIdInvalid') })
  .max(64, { error: msg('validation.chat.clientIdInvalid') })
  .regex(/^[A-Za-z0-9_-]+$/, { error: msg('validation.chat.clientIdInvalid') });

/** One emoji left on a message, by whom (earliest first); only emoji someone left are listed. */
export const Reaction = z.object({
  emoji: z.enum(REACTION_EMOJI),
  members: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type Reaction = z.infer<typeof Reaction>;

export const Message = z.object({
  id: z.uuid(),
  roomId: z.uuid(),
  /** Gap-free and increasing within the room: the order everyone sees. */
  seq: z.number().int(),
  /**
   * Gap-free and increasing within the room over every change (a new message, an edit, a
   * deletion): what a client resumes from, so that edits it missed reach it too.
   */
  change: z.number().int(),
  author: Author,
  body: z.string(),
  html: z.string(),
  language: ContentLanguage,
  clientId: z.string(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  deletedAt: z.iso.datetime().nullable(),
  /** In REACTION_EMOJI's order; a reaction moves `change` on as an edit does. */
  reactions: z.array(Reaction),
  /** Pictures and PDFs sent with it, in the order they were attached; gone with the message. */
  attachments: z.array(Attachment),
});
export type Message = z.infer<typeof Message>;

/** A message in a `messages` frame: without its room, and with its author's place in the frame. */
export const FramedMessage = Message.omit({ roomId: true, author: true }).extend({
  author: z.number().int().min(0),
});
export type FramedMessage = z.infer<typeof FramedMessage>;

export const Room = z.object({
  id: z.uuid(),
  kind: RoomKind,
  /**
   * A cohort's room by the cohort's name, a meetup's by the meetup's title; null for the network
   * room and direct conversations, which the reader's client names in their language (the
   * latter by `members`).
   */
  name: z.string().nullable(),
  /** The other members of a direct conversation; empty for the other kinds. */
  members: z.array(Author),
  cohortId: z.uuid().nullable(),
  meetupId: z.uuid().nullable(),
  lastSeq: z.number().int(),
  lastChange: z.number().int(),
  readSeq: z.number().int(),
  unread: z.number().int(),
  /** Muted by the viewer: its unread messages do not count in the navigation. */
  muted: z.boolean(),
  lastMessageAt: z.iso.datetime().nullable(),
});
export type Room = z.infer<typeof Room>;

export const RoomList = z.object({ rooms: z.array(Room) });
export type RoomList = z.infer<typeof RoomList>;

export const RoomParams = z.object({ id: RoomId });
export const MessageParams = z.object({
  id: RoomId,
  messageId: z.uuid({ error: msg('validation.chat.messageId') }),
});

export const HistoryQuery = z.object({
  before: z.coerce
    .number({ error: msg('validation.chat.before') })
    .int({ error: msg('validation.chat.before') })
    .min(1, { error: msg('validation.chat.before') })
    .max(2_147_483_647, { error: msg('validation.chat.before') })
    .optional(),
});

export const MessagePage = z.object({
  messages: z.array(Message),
  /** Pass as `before` for the next, older page; null at the start of the room. */
  nextBefore: z.number().int().nullable(),
});
export type MessagePage = z.infer<typeof MessagePage>;

/** Newer history: the messages after a sequence number, oldest first. */
export const NewerQuery = z.object({
  after: z.coerce
    .number({ error: msg('validation.chat.after') })
    .int({ error: msg('validation.chat.after') })
    .min(0, { error: msg('validation.chat.after') })
    .max(2_147_483_647, { error: msg('validation.chat.after') }),
});

/** History around one message (a search hit), oldest first, loadable further both ways. */
export const MessageWindow = z.object({
  messages: z.array(Message),
  /** Pass as `before` for older messages; null at the start of the room. */
  nextBefore: z.number().int().nullable(),
  /** Pass as `after` for newer messages; null when the window reaches the latest. */
  nextAfter: z.number().int().nullable(),
});
export type MessageWindow = z.infer<typeof MessageWindow>;

export const DirectRoomBody = z.object({
  memberIds: z
    .array(z.uuid({ error: msg('validation.chat.memberId') }), {
      error: msg('validation.chat.membersRequired'),
    })
    .min(1, { error: msg('validation.chat.membersRequired') })
    // Your own id may be in the list too; the service counts the others.
    .max(MAX_DIRECT_MEMBERS, {
      error: msg('validation.chat.membersMax', { max: MAX_DIRECT_MEMBERS }),
    }),
});
export type DirectRoomBody = z.infer<typeof DirectRoomBody>;

/**
 * Without attachmentIds the message keeps its files; with them it has exactly those. The text may
 * be empty while files remain (the server checks the files it keeps).
 */
export const EditMessageBody = z
  .object({
    body: MessageText,
    language: ContentLanguage.optional(),
    attachmentIds: AttachmentIds.optional(),
  })
  .refine((edit) => edit.attachmentIds === undefined || hasTextOrFiles(edit), TEXT_OR_FILES);
export type EditMessageBody = z.infer<typeof EditMessageBody>;

/** Sets the viewer's reaction: `reacted` false takes it back. Setting it twice changes nothing. */
export const ReactionBody = z.object({
  emoji: z.enum(REACTION_EMOJI, {
    error: msg('validation.chat.reactionEmoji', { emoji: REACTION_EMOJI.join(' ') }),
  }),
  reacted: z.boolean({ error: msg('validation.chat.reacted') }),
});
export type ReactionBody = z.infer<typeof ReactionBody>;

export const MuteBody = z.object({ muted: z.boolean({ error: msg('validation.chat.muted') }) });
export type MuteBody = z.infer<typeof MuteBody>;

/** What a tab sends about chat rooms; the envelope's other frames are in `realtime.ts`. */
export const ChatClientFrames = [
  z.object({
    type: z.literal('subscribe'),
    roomId: RoomId,
    /**
     * The last sequence the client holds; it receives every later message. Without it, the
     * latest page. With `afterChange` too, also the edits and deletions after that change.
     */
    afterSeq: Seq.optional(),
    afterChange: Seq.optional(),
  }),
  z.object({ type: z.literal('unsubscribe'), roomId: RoomId }),
  z
    .object({
      type: z.literal('send'),
      roomId: RoomId,
      clientId: ClientId,
      body: MessageText,
      language: ContentLanguage.optional(),
      /** The sender's own uploads, not yet attached to anything. */
      attachmentIds: AttachmentIds.optional(),
    })
    .refine(hasTextOrFiles, TEXT_OR_FILES),
  z.object({ type: z.literal('typing'), roomId: RoomId }),
  z.object({ type: z.literal('read'), roomId: RoomId, seq: Seq }),
] as const;

/** What the server sends about chat rooms; the envelope's other frames are in `realtime.ts`. */
export const ChatServerFrames = [
  z.object({
    type: z.literal('subscribed'),
    roomId: z.uuid(),
    /** Everything up to here has been sent; live messages follow. */
    lastSeq: z.number().int(),
    lastChange: z.number().int(),
  }),
  z.object({ type: z.literal('message'), message: Message }),
  /**
   * Messages of one room in order, as one frame: what a socket missed, read back when it starts
   * or resumes in the room. The frame names the room once, and each message its author by place
   * in `authors`, where each author is written once (message-pages.ts). A client takes it as that
   * many `message` frames.
   */
  z.object({
    type: z.literal('messages'),
    roomId: z.uuid(),
    authors: z.array(Author),
    messages: z.array(FramedMessage),
  }),
  z.object({
    type: z.literal('ack'),
    clientId: z.string(),
    messageId: z.uuid(),
    roomId: z.uuid(),
    seq: z.number().int(),
  }),
  /** Carries the name, so a tab shows who is typing even before they have said anything. */
  z.object({
    type: z.literal('typing'),
    roomId: z.uuid(),
    memberId: z.uuid(),
    name: z.string(),
  }),
  z.object({
    type: z.literal('read'),
    roomId: z.uuid(),
    memberId: z.uuid(),
    seq: z.number().int(),
  }),
  /** The member's rooms changed (a new conversation, a new cohort): fetch the list again. */
  z.object({ type: z.literal('rooms') }),
] as const;

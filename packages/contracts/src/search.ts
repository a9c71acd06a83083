import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { RoomKind } from './chat.ts';
import { Author } from './common.ts';
import { ContentLanguage } from './languages.ts';
import { MeetupStatus } from './meetups.ts';
import { CONTROL_CHARACTERS } from './members.ts';
import { MemberCard, Tag } from './profiles.ts';
import { HandleFilter, ThreadKind, ThreadSummary } from './threads.ts';

/** What someone typed to search for. */
const SearchText = z
  .string({ error: msg('validation.search.queryRequired') })
  .trim()
  .min(2, { error: msg('validation.search.queryTooShort') })
  .max(200, { error: msg('validation.search.queryTooLong') })
  .refine((value) => !CONTROL_CHARACTERS.test(value), {
    error: msg('validation.search.queryControl'),
  });

export const SearchQuery = z.object({
  q: SearchText,
  kind: ThreadKind.optional(),
  tag: Tag.optional(),
  cohort: z.uuid({ error: msg('validation.search.cohortId') }).optional(),
  author: HandleFilter.optional(),
  solved: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** A piece of a snippet; highlighted pieces are the words that matched. */
export const SnippetPart = z.object({ text: z.string(), highlighted: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SearchHit = z.object({
  thread: ThreadSummary,
  /** Set when the best match is in a reply rather than in the thread itself. */
  replyId: z.uuid().nullable(),
  snippet: z.array(SnippetPart),
  /** The language of the text the snippet is cut from: the reply's, or the thread's. */
  snippetLanguage: ContentLanguage,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchPage = z.object({ hits: z.array(SearchHit), nextCursor: z.string().nullable() });
export type SearchPage = z.infer<typeof SearchPage>;

/** The header's search: a few of the best of each kind. */
export const EverythingQuery = z.object({
  q: SearchText,
  limit: z.coerce
    .number({ error: msg('validation.search.limit') })
    .int({ error: msg('validation.search.limit') })
    .min(1, { error: msg('validation.search.limit') })
    .max(20, { error: msg('validation.search.limit') })
    .default(5),
});
export type EverythingQuery = z.input<typeof EverythingQuery>;

/** Where a page of one kind of result starts, from the previous page's nextCursor. */
const ResultCursor = z.string().max(300).optional();

/** A page of one kind of result (people, meetups) beyond the first few. */
export const KindQuery = z.object({
  q: SearchText,
  cursor: ResultCursor,
  limit: z.coerce
    .number({ error: msg('validation.search.limit') })
    .int({ error: msg('validation.search.limit') })
    .min(1, { error: msg('validation.search.limit') })
    .max(20, { error: msg('validation.search.limit') })
    .default(10),
});
export type KindQuery = z.input<typeof KindQuery>;

/** A search of the messages of every room the member is in, or of one room. */
export const RoomSearchQuery = z.object({
  q: SearchText,
  room: z.uuid({ error: msg('validation.chat.roomId') }).optional(),
  cursor: ResultCursor,
  limit: z.coerce
    .number({ error: msg('validation.search.limit') })
    .int({ error: msg('validation.search.limit') })
    .min(1, { error: msg('validation.search.limit') })
    .max(30, { error: msg('validation.search.limit') })
    .default(30),
});
export type RoomSearchQuery = z.input<typeof RoomSearchQuery>;

export const MeetupHit = z.object({
  id: z.uuid(),
  title: z.string(),
  seriesName: z.string(),
  status: MeetupStatus,
  /** UTC; null while the date poll is open. */
  startsAt: z.iso.datetime().nullable(),
  timezone: z.string(),
  snippet: z.array(SnippetPart),
});
export type MeetupHit = z.infer<typeof MeetupHit>;

export const MessageHit = z.object({
  messageId: z.uuid(),
  roomId: z.uuid(),
  roomKind: RoomKind,
  /** A cohort's or meetup's room by its name; null for the network room and direct ones. */
  roomName: z.string().nullable(),
  author: Author,
  createdAt: z.iso.datetime(),
  snippet: z.array(SnippetPart),
  snippetLanguage: ContentLanguage,
});
export type MessageHit = z.infer<typeof MessageHit>;

export const EverythingResults = z.object({
  people: z.array(MemberCard),
  threads: z.array(SearchHit),
  meetups: z.array(MeetupHit),
  messages: z.array(MessageHit),
  /** Where the next page of each kind starts (its own route's cursor); null when none is left. */
  nextCursors: z.object({
    people: z.string().nullable(),
    meetups: z.string().nullable(),
    messages: z.string().nullable(),
  }),
});
export type EverythingResults = z.infer<typeof EverythingResults>;

export const PeopleHits = z.object({
  people: z.array(MemberCard),
  nextCursor: z.string().nullable(),
});
export type PeopleHits = z.infer<typeof PeopleHits>;

export const MeetupHits = z.object({
  meetups: z.array(MeetupHit),
  nextCursor: z.string().nullable(),
});
export type MeetupHits = z.infer<typeof MeetupHits>;

export const MessageHits = z.object({
  messages: z.array(MessageHit),
  nextCursor: z.string().nullable(),
});
export type MessageHits = z.infer<typeof MessageHits>;

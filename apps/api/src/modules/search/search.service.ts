import type { AccountMember } from '@praxis/contracts/members';
import type {
  EverythingResults,
  MeetupHits,
  MessageHits,
  PeopleHits,
  SearchHit,
  SearchPage,
  SnippetPart,
} from '@praxis/contracts/search';
import type { SimilarThreads } from '@praxis/contracts/similar-threads';
import type { ThreadKind } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { isLocale, sourceLocale } from '@praxis/i18n/locales';
import { z } from 'zod';
import {
  MARK_START,
  MARK_STOP,
  type SearchTerm,
  searchTerms,
  withSearchTimeout,
} from '../../lib/full-text.ts';
import type { RankedPosition } from '../../lib/search-ranking.ts';
import { decodeJsonCursor, encodeJsonCursor } from '../../pagination.ts';
import { searchMessages } from '../chat/message-search.service.ts';
import { searchPeople } from '../directory/directory.service.ts';
import { searchMeetups } from '../meetups/meetup-search.service.ts';
import * as threadSearch from '../threads/thread-search.service.ts';
import { toSummaries } from '../threads/threads.service.ts';

// A rank is a float4 between 0 and 1, and a search has at most 12 words; anything else did not
// come from this list.
const Position = z.object({
  words: z.number().int().min(0).max(12),
  rank: z.number().min(0).max(1),
  id: z.uuid(),
});
/** The position of a meetup or message: the thread's, and a time to break ties of rank. */
const TimedPosition = Position.extend({
  at: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
});

/** The cursor of the page after `rows` (up to limit + 1 of them), or null when none follows. */
function nextCursorOf(rows: readonly { position: RankedPosition }[], limit: number) {
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return last ? encodeJsonCursor(last.position) : null;
}

// Words that name a kind of thread, in the five languages, accents optional: "failure" finds the
// failure stories that never use the word. Stems where every word starting so means the kind;
// whole words where a stem would catch others ("price" is no "priča").
const KIND_WORDS: [RegExp, ThreadKind[]][] = [
  [/^(fail|[ée]chec|neusp)/, ['failure']],
  [/^(succ[eè]s|r[ée]ussi|uspj|uspe)/, ['success']],
  [/^(stor(y|ies)|r[ée]cits?|pri[čc](a|i|u|om|ama)|priče)$/, ['success', 'failure']],
  [/^(question|pitanj)/, ['question']],
  [/^(discussion|diskusij|rasprav)/, ['discussion']],
  [/^(announc|annonce|objav)/, ['announcement']],
];

/** The kinds of thread a word of a search names (lower-case, as searchWords gives it). */
export function kindsNamedBy(word: string): ThreadKind[] {
  return KIND_WORDS.flatMap(([pattern, kinds]) => (pattern.test(word) ? kinds : []));
}

/** Titles shorter than this say too little to look for similar threads. */
const MIN_SIMILAR_TITLE = 8;
const SIMILAR_LIMIT = 5;

/**
 * Cuts a ts_headline snippet at its markers into plain and highlighted pieces. The snippet is
 * cut from Markdown source, so the marks of emphasis, code, headings and quotes are dropped.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const text = snippet.replace(/[*`]+|^#+\s|(^|\n)\s*>\s?|__/g, '$1');
  for (const piece of text.split(MARK_START)) {
    const [highlighted, plain] = piece.includes(MARK_STOP)
      ? (piece.split(MARK_STOP, 2) as [string, string])
      : [null, piece];
    if (highlighted) parts.push({ text: highlighted, highlighted: true });
    if (plain) parts.push({ text: plain, highlighted: false });
  }
  return parts;
}

export interface SearchInput extends threadSearch.SearchFilters {
  q: string;
  cursor?: string | undefined;
  limit: number;
}

/** A page of one kind of result. */
interface KindInput {
  q: string;
  cursor?: string | undefined;
  limit: number;
}

/** A language a snippet was cut in, as the contracts name it. */
const snippetLocale = (language: string) => (isLocale(language) ? language : sourceLocale);

export function createSearchService(db: Db) {
  /** The terms of a search, each with the kinds of thread it names. */
  async function threadTerms(q: string) {
    // Spread last: see bench/README.md, "Object spread".
    return (await searchTerms(db, q)).map((term) => ({ kinds: kindsNamedBy(term.word), ...term }));
  }

  /** Hits of the threads module's search, as the contracts shape them, in the hits' order. */
  async function toThreadHits(
    hits: Awaited<ReturnType<typeof threadSearch.searchThreads>>,
    viewer: AccountMember,
  ): Promise<SearchHit[]> {
    const rows = await threadSearch.findVisibleThreadsByIds(
      db,
      viewer,
      hits.map((hit) => hit.threadId),
    );
    const summaries = new Map(
      (await toSummaries(db, viewer, rows)).map((thread) => [thread.id, thread]),
    );
    return hits.flatMap((hit) => {
      const thread = summaries.get(hit.threadId);
      return thread
        ? [
            {
              thread,
              replyId: hit.replyId,
              snippet: snippetParts(hit.snippet),
              snippetLanguage: snippetLocale(hit.language),
            },
          ]
        : [];
    });
  }

  /** A page of chat messages holding the words, in the viewer's rooms or in `roomId`. */
  async function messagePage(
    tx: Db,
    viewer: AccountMember,
    terms: SearchTerm[],
    roomId: string | null,
    after: RankedPosition | null,
    limit: number,
  ): Promise<MessageHits> {
    const hits = await searchMessages(tx, viewer, terms, roomId, after, limit);
    return {
      messages: hits.slice(0, limit).map((hit) => ({
        messageId: hit.messageId,
        roomId: hit.roomId,
        roomKind: hit.roomKind,
        roomName: hit.roomName,
        author: hit.author,
        createdAt: hit.createdAt.toISOString(),
        snippet: snippetParts(hit.snippet),
        snippetLanguage: snippetLocale(hit.language),
      })),
      nextCursor: nextCursorOf(hits, limit),
    };
  }

  async function meetupPage(
    tx: Db,
    viewer: AccountMember,
    terms: SearchTerm[],
    after: RankedPosition | null,
    limit: number,
  ): Promise<MeetupHits> {
    const hits = await searchMeetups(tx, viewer, terms, after, limit);
    return {
      meetups: hits.slice(0, limit).map(({ position: _position, ...meetup }) => ({
        ...meetup,
        startsAt: meetup.startsAt?.toISOString() ?? null,
        snippet: snippetParts(meetup.snippet),
      })),
      nextCursor: nextCursorOf(hits, limit),
    };
  }

  async function peoplePage(
    tx: Db,
    terms: SearchTerm[],
    after: z.infer<typeof Position> | null,
    limit: number,
  ): Promise<PeopleHits> {
    const { people, next } = await searchPeople(tx, terms, after, limit);
    return { people, nextCursor: next && encodeJsonCursor(next) };
  }

  return {
    async search(
      viewer: AccountMember,
      { q, cursor, limit, ...filters }: SearchInput,
    ): Promise<SearchPage> {
      const terms = await threadTerms(q);
      const after = decodeJsonCursor(Position, cursor);
      const hits = await withSearchTimeout(db, (tx) =>
        threadSearch.searchThreads(tx, viewer, terms, filters, after, limit),
      );
      const page = hits.slice(0, limit);
      const last = page.at(-1);
      return {
        hits: await toThreadHits(page, viewer),
        nextCursor:
          hits.length > limit && last
            ? encodeJsonCursor({ words: last.words, rank: last.rank, id: last.threadId })
            : null,
      };
    },

    /**
     * A few of the best people, threads, meetups and chat messages for the words, each kind found
     * by the module that owns it under that module's visibility rule.
     */
    async everything(
      viewer: AccountMember,
      { q, limit }: { q: string; limit: number },
    ): Promise<EverythingResults> {
      const terms = await threadTerms(q);
      // The four kinds are searched side by side, each on a connection of its own, under the
      // same time limit: the answer waits for the slowest, not for the sum.
      const [people, threads, meetups, messages] = await Promise.all([
        withSearchTimeout(db, (tx) => peoplePage(tx, terms, null, limit)),
        withSearchTimeout(db, (tx) =>
          threadSearch.searchThreads(tx, viewer, terms, {}, null, limit),
        ),
        withSearchTimeout(db, (tx) => meetupPage(tx, viewer, terms, null, limit)),
        withSearchTimeout(db, (tx) => messagePage(tx, viewer, terms, null, null, limit)),
      ]);
      return {
        people: people.people,
        threads: await toThreadHits(threads.slice(0, limit), viewer),
        meetups: meetups.meetups,
        messages: messages.messages,
        nextCursors: {
          people: people.nextCursor,
          meetups: meetups.nextCursor,
          messages: messages.nextCursor,
        },
      };
    },

    /** The next page of people for the words, from a cursor of everything or of this. */
    async people({ q, cursor, limit }: KindInput): Promise<PeopleHits> {
      const after = decodeJsonCursor(Position, cursor);
      const terms = await searchTerms(db, q);
      return withSearchTimeout(db, (tx) => peoplePage(tx, terms, after, limit));
    },

    async meetups(viewer: AccountMember, { q, cursor, limit }: KindInput): Promise<MeetupHits> {
      const after = decodeJsonCursor(TimedPosition, cursor);
      const terms = await searchTerms(db, q);
      return withSearchTimeout(db, (tx) => meetupPage(tx, viewer, terms, after, limit));
    },

    /**
     * Messages holding the words in the viewer's rooms, or in one room (404 when the viewer is
     * not in it).
     */
    async messages(
      viewer: AccountMember,
      { q, room, cursor, limit }: KindInput & { room?: string | undefined },
    ): Promise<MessageHits> {
      const after = decodeJsonCursor(TimedPosition, cursor);
      const terms = await searchTerms(db, q);
      return withSearchTimeout(db, (tx) =>
        messagePage(tx, viewer, terms, room ?? null, after, limit),
      );
    },

    async similar(viewer: AccountMember, title: string): Promise<SimilarThreads> {
      if (title.trim().length < MIN_SIMILAR_TITLE) return { threads: [] };
      const ids = await withSearchTimeout(db, (tx) =>
        threadSearch.findSimilarThreads(tx, viewer, title, SIMILAR_LIMIT),
      );
      const rows = await threadSearch.findVisibleThreadsByIds(db, viewer, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return {
        threads: ids.flatMap((id) => {
          const row = byId.get(id);
          return row
            ? [
                {
                  id: row.id,
                  kind: row.kind,
                  title: row.title,
                  replyCount: row.replyCount,
                  solved: row.acceptedReplyId !== null,
                },
              ]
            : [];
        }),
      };
    },
  };
}

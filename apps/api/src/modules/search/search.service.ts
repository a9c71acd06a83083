import type { AccountMember } from '@praxis/contracts/members';
import type {
  EverythingResults,
  MessageHits,
  SearchHit,
  SearchPage,
  SnippetPart,
} from '@praxis/contracts/search';
import type { SimilarThreads, ThreadKind } from '@praxis/contracts/threads';
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
/** Hits of a search inside one room: enough to scan, few enough to read. */
const ROOM_HITS = 30;

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

/** A language a snippet was cut in, as the contracts name it. */
const snippetLocale = (language: string) => (isLocale(language) ? language : sourceLocale);

export function createSearchService(db: Db) {
  /** The terms of a search, each with the kinds of thread it names. */
  async function threadTerms(q: string) {
    return (await searchTerms(db, q)).map((term) => ({ ...term, kinds: kindsNamedBy(term.word) }));
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
    const summaries = new Map((await toSummaries(db, rows)).map((thread) => [thread.id, thread]));
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

  async function messageHits(
    tx: Db,
    viewer: AccountMember,
    terms: SearchTerm[],
    roomId: string | null,
    limit: number,
  ) {
    const hits = await searchMessages(tx, viewer, terms, roomId, limit);
    return hits.map((hit) => ({
      messageId: hit.messageId,
      roomId: hit.roomId,
      roomKind: hit.roomKind,
      roomName: hit.roomName,
      author: hit.author,
      createdAt: hit.createdAt.toISOString(),
      snippet: snippetParts(hit.snippet),
      snippetLanguage: snippetLocale(hit.language),
    }));
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
      const found = await withSearchTimeout(db, async (tx) => ({
        people: await searchPeople(tx, terms, limit),
        threads: (await threadSearch.searchThreads(tx, viewer, terms, {}, null, limit)).slice(
          0,
          limit,
        ),
        meetups: await searchMeetups(tx, viewer, terms, limit),
        messages: await messageHits(tx, viewer, terms, null, limit),
      }));
      return {
        people: found.people,
        threads: await toThreadHits(found.threads, viewer),
        meetups: found.meetups.map((meetup) => ({
          ...meetup,
          startsAt: meetup.startsAt?.toISOString() ?? null,
          snippet: snippetParts(meetup.snippet),
        })),
        messages: found.messages,
      };
    },

    /** The messages of one room holding the words; 404 when the viewer is not in the room. */
    async roomMessages(viewer: AccountMember, q: string, roomId: string): Promise<MessageHits> {
      const terms = await searchTerms(db, q);
      return {
        messages: await withSearchTimeout(db, (tx) =>
          messageHits(tx, viewer, terms, roomId, ROOM_HITS),
        ),
      };
    },

    async similar(viewer: AccountMember, title: string): Promise<SimilarThreads> {
      if (title.trim().length < MIN_SIMILAR_TITLE) return { threads: [] };
      const ids = await threadSearch.findSimilarThreads(db, viewer, title, SIMILAR_LIMIT);
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

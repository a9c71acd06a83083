import type { AccountMember } from '@praxis/contracts/members';
import type { SearchPage, SnippetPart } from '@praxis/contracts/search';
import type { SimilarThreads, ThreadKind } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { isLocale, sourceLocale } from '@praxis/i18n/locales';
import { z } from 'zod';
import { searchTerms, withSearchTimeout } from '../../lib/full-text.ts';
import { decodeJsonCursor, encodeJsonCursor } from '../../pagination.ts';
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

/**
 * Cuts a ts_headline snippet at its markers into plain and highlighted pieces. The snippet is
 * cut from Markdown source, so the marks of emphasis, code, headings and quotes are dropped.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const text = snippet.replace(/[*`]+|^#+\s|(^|\n)\s*>\s?|__/g, '$1');
  for (const piece of text.split(threadSearch.MARK_START)) {
    const [highlighted, plain] = piece.includes(threadSearch.MARK_STOP)
      ? (piece.split(threadSearch.MARK_STOP, 2) as [string, string])
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

export function createSearchService(db: Db) {
  return {
    async search(
      viewer: AccountMember,
      { q, cursor, limit, ...filters }: SearchInput,
    ): Promise<SearchPage> {
      const terms = (await searchTerms(db, q)).map((term) => ({
        ...term,
        kinds: kindsNamedBy(term.word),
      }));
      const after = decodeJsonCursor(Position, cursor);
      const hits = await withSearchTimeout(db, (tx) =>
        threadSearch.searchThreads(tx, viewer, terms, filters, after, limit),
      );
      const page = hits.slice(0, limit);
      const rows = await threadSearch.findVisibleThreadsByIds(
        db,
        viewer,
        page.map((hit) => hit.threadId),
      );
      const summaries = new Map((await toSummaries(db, rows)).map((thread) => [thread.id, thread]));
      const last = page.at(-1);
      return {
        hits: page.flatMap((hit) => {
          const thread = summaries.get(hit.threadId);
          return thread
            ? [
                {
                  thread,
                  replyId: hit.replyId,
                  snippet: snippetParts(hit.snippet),
                  snippetLanguage: isLocale(hit.language) ? hit.language : sourceLocale,
                },
              ]
            : [];
        }),
        nextCursor:
          hits.length > limit && last
            ? encodeJsonCursor({ words: last.words, rank: last.rank, id: last.threadId })
            : null,
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

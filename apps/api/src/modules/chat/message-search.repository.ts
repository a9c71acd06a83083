import type { Db } from '@praxis/db/client';
import { messages } from '@praxis/db/schema/chat';
import { and, asc, desc, eq, gt, gte, lt, type SQL, sql } from 'drizzle-orm';
import {
  allTermsQuery,
  anyTermQuery,
  placeholderTerms,
  type SearchTerm,
  snippetSql,
  termQuery,
  termShapes,
  termsHeld,
  termsNeeded,
  termValues,
  wantedTerms,
} from '../../lib/full-text.ts';
import {
  afterRanked,
  epochMicros,
  latestMatchIds,
  type RankedPosition,
  RECENT_WINDOW,
  rankedPlaceholders,
  rankedPositionOf,
  rankedValues,
} from '../../lib/search-ranking.ts';
import { searchNamer, shapedStatement } from '../../lib/shaped-statements.ts';
import { roomVisibleTo } from './chat.visibility.ts';

/**
 * How many messages at most are ranked: the latest that hold the words in the viewer's rooms. As
 * for threads, a word matching a third of every room needs more words, not more candidates (see
 * latestMatchIds for how they are found).
 */
const CANDIDATES = 100;

/** What the text of a message search depends on; each value in it is a placeholder. */
interface MessageSearchShape {
  terms: { excluded: boolean }[];
  inRoom: boolean;
  after: boolean;
}

/** The statement of findMessageHits, built once per shape. */
function buildMessageHits({ terms: shapes, inRoom, after }: MessageSearchShape): SQL {
  const terms = placeholderTerms(shapes);
  const wanted = wantedTerms(terms);
  const viewerId = sql`${sql.placeholder('viewer')}::uuid`;
  const roomId = sql`${sql.placeholder('room')}::uuid`;
  const held = termsHeld(terms, (term) => sql`m.search @@ ${termQuery(term)}`);
  const keyset = after
    ? sql`and ${afterRanked(rankedPlaceholders(), { words: sql`ranked.words`, rank: sql`ranked.rank`, at: sql`ranked.at`, id: sql`m.id` })}`
    : sql``;
  return sql`
    with q as (select ${anyTermQuery(terms)} as query),
    candidates as materialized (${latestMatchIds({
      // The newest of each of the reader's rooms, by its sequence numbers: a window over every
      // room would be mostly rooms they are not in.
      recent: sql`(select newest.* from rooms cross join lateral (
          select * from messages m where m.room_id = "rooms"."id" and m.seq > "rooms"."last_seq" - ${RECENT_WINDOW}
           order by m.seq desc limit ${RECENT_WINDOW}
        ) newest where ${roomVisibleTo(viewerId)} ${inRoom ? sql`and "rooms"."id" = ${roomId}` : sql``})`,
      table: sql`messages`,
      alias: sql`c`,
      joins: sql`join rooms on "rooms"."id" = c.room_id`,
      where: sql`c.search @@ ${wanted.length <= 2 ? allTermsQuery(wanted) : anyTermQuery(terms)}
         and c.deleted_at is null ${inRoom ? sql`and c.room_id = ${roomId}` : sql``} and ${roomVisibleTo(viewerId)}`,
      at: sql`c.created_at`,
      limit: CANDIDATES,
    })}),
    ranked as (
      select m.id, ${held} as words, ts_rank(m.search, q.query)::real as rank,
             ${epochMicros(sql`m.created_at`)} as at
        from messages m, q where m.id in (select id from candidates)
    )
    select m.id, m.room_id, m.seq, m.author_id, m.language, m.created_at,
           ranked.words, ranked.rank, ranked.at,
           ${snippetSql(sql`praxis_search_config(m.language)`, sql`m.body`, sql`q.query`)} as snippet
      from ranked join messages m on m.id = ranked.id, q
     where ranked.words >= ${termsNeeded(terms)} ${keyset}
     order by ranked.words desc, ranked.rank desc, ranked.at desc, m.id
     limit ${sql.placeholder('limit')}
  `;
}

const messageHits = shapedStatement('search.messages', buildMessageHits, { namer: searchNamer });

/**
 * Messages of the rooms the viewer is in (chat's one rule, roomVisibleTo) holding the words
 * searched for, best first, then newest; `roomId` narrows the search to one room. Deleted
 * messages keep no text and are never found. Up to `limit` + 1 after `after`, to tell whether
 * another page follows.
 */
export async function findMessageHits(
  db: Db,
  viewerId: string,
  terms: readonly SearchTerm[],
  roomId: string | null,
  after: RankedPosition | null,
  limit: number,
) {
  if (wantedTerms(terms).length === 0) return [];
  const rows = await messageHits(
    db,
    {
      terms: termShapes(terms),
      inRoom: roomId !== null,
      after: after !== null,
    },
    {
      ...termValues(terms),
      viewer: viewerId,
      room: roomId,
      ...rankedValues(after),
      limit: limit + 1,
    },
  );
  return rows.map((row) => ({
    messageId: String(row.id),
    roomId: String(row.room_id),
    seq: Number(row.seq),
    authorId: String(row.author_id),
    language: String(row.language),
    createdAt: new Date(String(row.created_at)),
    position: rankedPositionOf(row),
    snippet: String(row.snippet ?? ''),
  }));
}

/** A room's message by id, whatever its state, to centre a window of history on. */
export async function messageSeq(db: Db, roomId: string, messageId: string) {
  const [row] = await db
    .select({ seq: messages.seq })
    .from(messages)
    .where(and(eq(messages.roomId, roomId), eq(messages.id, messageId)))
    .limit(1);
  return row?.seq ?? null;
}

const columns = {
  id: messages.id,
  roomId: messages.roomId,
  seq: messages.seq,
  change: messages.change,
  authorId: messages.authorId,
  clientId: messages.clientId,
  body: messages.body,
  html: messages.html,
  language: messages.language,
  createdAt: messages.createdAt,
  editedAt: messages.editedAt,
  deletedAt: messages.deletedAt,
};

/** Up to `limit` messages from seq `from` on, oldest first, and one more to tell if more exist. */
export async function messagesFrom(
  db: Db,
  roomId: string,
  from: number,
  limit: number,
  inclusive: boolean,
) {
  const bound: SQL = inclusive ? gte(messages.seq, from) : gt(messages.seq, from);
  return db
    .select(columns)
    .from(messages)
    .where(and(eq(messages.roomId, roomId), bound))
    .orderBy(asc(messages.seq))
    .limit(limit + 1);
}

/** Up to `limit` messages before seq `before`, newest first, and one more. */
export async function messagesUntil(db: Db, roomId: string, before: number, limit: number) {
  return db
    .select(columns)
    .from(messages)
    .where(and(eq(messages.roomId, roomId), lt(messages.seq, before)))
    .orderBy(desc(messages.seq))
    .limit(limit + 1);
}

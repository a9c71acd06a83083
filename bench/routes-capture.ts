import { createHash, randomBytes } from 'node:crypto';
import { startServer } from '@praxis/api/testing/server-process';
import pg from 'pg';

// The readers, the routes and the server of the routes benchmark; the statements each route runs
// are read from the server's statement log (LOG_SQL=on) by routes-statements.ts.

/** One statement as the app sent it; `turn` is the event-loop turn (same turn: run together). */
export interface Statement {
  sql: string;
  params: unknown[];
  turn: number;
}
/** Statements started together; the groups run one after the other. */
export type StatementGroup = Statement[];

export interface Route {
  name: string;
  path: string;
  /** What the route is for, in the results. */
  what: string;
}

export interface Reader {
  memberId: string;
  /** The session token, the cookie's value. */
  token: string;
}

export const SESSION_COOKIE = 'praxis_session';
const cookieFor = (reader: Reader) => `${SESSION_COOKIE}=${reader.token}`;

/** Runs one statement: a `pg` client's `query`, or an embedded database's. */
export type RunQuery = (text: string, params: unknown[]) => Promise<{ rows: unknown[] }>;

export const sessionHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Signs `count` members in by writing their sessions, as a sign-in would (the table keeps the
 * token's SHA-256): members on their own devices, each under the per-member rate limits, without
 * a password hash apiece. The first members by creation, on PostgreSQL or the embedded database;
 * ordinary members only, unless `everyRole` (a socket per member of the whole network).
 */
export async function writeSessions(
  query: RunQuery,
  count: number,
  everyRole = false,
): Promise<Reader[]> {
  const { rows } = await query(
    `select id from members where deactivated_at is null and ($2 or role = 'member')
     order by created_at, id limit $1`,
    [count, everyRole],
  );
  const readers = (rows as { id: string }[]).map((row) => ({
    memberId: row.id,
    token: randomBytes(32).toString('base64url'),
  }));
  await query(
    `insert into sessions (id, user_id, expires_at)
     select unnest($1::text[]), unnest($2::uuid[]), now() + interval '1 day'`,
    [readers.map((reader) => sessionHash(reader.token)), readers.map((reader) => reader.memberId)],
  );
  return readers;
}

/** `writeSessions` on the PostgreSQL database `databaseUrl`; `end` deletes the sessions. */
export async function openSessions(databaseUrl: string, count: number, everyRole = false) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const readers = await writeSessions(
      (text, params) => client.query(text, params),
      count,
      everyRole,
    );
    return {
      readers,
      async end() {
        const ending = new pg.Client({ connectionString: databaseUrl });
        await ending.connect();
        await ending.query('delete from sessions where id = any($1::text[])', [
          readers.map((reader) => sessionHash(reader.token)),
        ]);
        await ending.end();
      },
    };
  } finally {
    await client.end();
  }
}

/** The compiled server in production, on the benchmark's database; the demo network if empty. */
export function startApp(
  databaseUrl: string,
  env: Record<string, string> = {},
  { onOutput, nodeFlags = [] }: { onOutput?: (chunk: string) => void; nodeFlags?: string[] } = {},
) {
  return startServer({
    databaseUrl,
    nodeFlags,
    ...(onOutput ? { onOutput } : {}),
    env: {
      NODE_ENV: 'production',
      MAIL_OUTBOX: 'on',
      PRAXIS_SEED: 'demo',
      // Background work is not what is measured: on a fresh copy of the large network the first
      // start plans this week's digests, 10,000 of them, whose preparation took ~0.85 of a CPU
      // in PostgreSQL for the whole run, during the app's rounds and the baseline's alike.
      RUN_JOBS: 'off',
      ...env,
    },
  });
}

async function read(origin: string, path: string, reader: Reader) {
  const response = await fetch(`${origin}${path}`, { headers: { cookie: cookieFor(reader) } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return {
    body: (await response.json()) as unknown,
    limit: Number(response.headers.get('x-ratelimit-limit')),
  };
}

/** The pages the routes read: the busiest thread on the first page, the busiest room. */
export async function findRoutes(origin: string, reader: Reader, words: SearchWords) {
  const threadPage = (await read(origin, '/api/threads', reader)).body as {
    threads: { id: string; replyCount: number; cohort: unknown }[];
  };
  // Open to the whole network, so that every reader may read it.
  const thread = threadPage.threads
    .filter((candidate) => candidate.cohort === null)
    .sort((a, b) => b.replyCount - a.replyCount)[0];
  const roomList = (await read(origin, '/api/rooms', reader)).body as {
    rooms: { id: string; kind: string }[];
  };
  const room = roomList.rooms.find((candidate) => candidate.kind === 'network');
  if (!thread || !room) throw new Error('no thread or no network room to read');
  const q = encodeURIComponent;
  const routes: Route[] = [
    { name: 'threadList', path: '/api/threads', what: 'first page of the latest threads' },
    {
      name: 'thread',
      path: `/api/threads/${thread.id}`,
      what: 'the busiest thread (marks it read)',
    },
    { name: 'threadReplies', path: `/api/threads/${thread.id}/replies`, what: 'its replies' },
    { name: 'directory', path: '/api/members', what: 'the directory, first page' },
    { name: 'directorySearch', path: `/api/members?q=${q(words.name)}`, what: `q=${words.name}` },
    { name: 'searchRare', path: `/api/search?q=${q(words.rare)}`, what: `q=${words.rare}` },
    { name: 'searchCommon', path: `/api/search?q=${q(words.common)}`, what: `q=${words.common}` },
    { name: 'searchTwoWords', path: `/api/search?q=${q(words.two)}`, what: `q=${words.two}` },
    { name: 'rooms', path: '/api/rooms', what: 'the room list' },
    { name: 'roomHistory', path: `/api/rooms/${room.id}/messages`, what: 'the network room' },
    { name: 'notifications', path: '/api/notifications', what: 'the notification list' },
  ];
  return routes;
}

export interface SearchWords {
  rare: string;
  common: string;
  two: string;
  name: string;
}

/**
 * Words from the data itself: the word in most thread titles, the two most common together, one
 * in a single title, and the most common first name in the directory.
 */
export async function chooseWords(databaseUrl: string): Promise<SearchWords> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counts = `select lower(word) as word, count(*)::int as n
      from threads, regexp_split_to_table(title, '[^[:alpha:]]+') as word
      where length(word) >= 6 group by 1`;
    const common = await client.query<{ word: string }>(`${counts} order by n desc, word limit 2`);
    const rare = await client.query<{ word: string }>(
      `${counts} having count(*) = 1 order by word limit 1`,
    );
    const name = await client.query<{ word: string }>(
      `select split_part(name, ' ', 1) as word from members
       group by 1 order by count(*) desc, 1 limit 1`,
    );
    const [first, second] = common.rows.map((row) => row.word);
    return {
      common: first ?? 'meetup',
      two: [first, second].filter(Boolean).join(' '),
      rare: rare.rows[0]?.word ?? 'quokka',
      name: name.rows[0]?.word ?? 'Ana',
    };
  } finally {
    await client.end();
  }
}

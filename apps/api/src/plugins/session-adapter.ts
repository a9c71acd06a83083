import type { Db } from '@praxis/db/client';
import { sessions } from '@praxis/db/schema/auth';
import { members } from '@praxis/db/schema/members';
import { eq, sql } from 'drizzle-orm';
import type { Adapter, DatabaseSession, DatabaseUser } from 'lucia';
import { batchWhileBusy } from '../lib/batches.ts';
import { withLeanRows } from '../lib/prepared-rows.ts';
import { hashToken } from '../tokens.ts';

const sessionColumns = {
  userId: sessions.userId,
  expiresAt: sessions.expiresAt,
  createdAt: sessions.createdAt,
  email: members.email,
  name: members.name,
  role: members.role,
  locale: members.locale,
  deactivatedAt: members.deactivatedAt,
};

type SessionRow = { userId: string; expiresAt: Date; createdAt: Date } & DatabaseUser['attributes'];

function sessionAndUser(
  token: string,
  row: SessionRow | undefined,
): [session: DatabaseSession | null, user: DatabaseUser | null] {
  if (!row) return [null, null];
  const { userId, expiresAt, createdAt, email, name, role, locale, deactivatedAt } = row;
  return [
    { id: token, userId, expiresAt, attributes: { createdAt } },
    { id: userId, attributes: { email, name, role, locale, deactivatedAt } },
  ];
}

/**
 * Lucia uses the cookie's token as the session id. This adapter stores only its SHA-256, so a
 * leaked copy of the sessions table cannot be replayed as cookies.
 */
export class HashedSessionAdapter implements Adapter {
  /**
   * Asked on every request, so it reads only what a request needs of the member (the library's
   * own lookup would fetch the whole row, password hash and search vector included). It is
   * prepared once, so its SQL is not built again per request, and its rows are built as the hot
   * reads' are (`withLeanRows`).
   */
  private readonly lookup;

  constructor(
    db: Db,
    private readonly inner: Adapter,
  ) {
    this.lookup = withLeanRows(
      db
        .select(sessionColumns)
        .from(sessions)
        .innerJoin(members, eq(members.id, sessions.userId))
        .where(eq(sessions.id, sql.placeholder('id')))
        .prepare('session_lookup'),
    );
  }

  async getSessionAndUser(
    token: string,
  ): Promise<[session: DatabaseSession | null, user: DatabaseUser | null]> {
    const [row] = await this.lookup.execute({ id: hashToken(token) });
    return sessionAndUser(token, row);
  }
  getUserSessions(userId: string) {
    return this.inner.getUserSessions(userId);
  }
  setSession(session: DatabaseSession) {
    return this.inner.setSession({ ...session, id: hashToken(session.id) });
  }
  updateSessionExpiration(token: string, expiresAt: Date) {
    return this.inner.updateSessionExpiration(hashToken(token), expiresAt);
  }
  deleteSession(token: string) {
    return this.inner.deleteSession(hashToken(token));
  }
  deleteUserSessions(userId: string) {
    return this.inner.deleteUserSessions(userId);
  }
  deleteExpiredSessions() {
    return this.inner.deleteExpiredSessions();
  }
}

/**
 * The adapter for websocket upgrades, which come in storms: when a server restarts or a network
 * comes back, every open tab reconnects at once; and for the sessions of every open socket,
 * checked again every minute. The lookups asked for while one runs go
 * together in the next, one statement (`where id = any(…)`) instead of a thousand queued behind
 * the pool; a lone upgrade is looked up at once, as by the plain adapter.
 */
export class UpgradeSessionAdapter extends HashedSessionAdapter {
  private readonly lookups;

  constructor(db: Db, inner: Adapter) {
    super(db, inner);
    const lookupMany = withLeanRows(
      db
        .select({ id: sessions.id, ...sessionColumns })
        .from(sessions)
        .innerJoin(members, eq(members.id, sessions.userId))
        .where(sql`${sessions.id} = any(${sql.placeholder('ids')}::text[])`)
        .prepare('session_lookup_many'),
    );
    this.lookups = batchWhileBusy(async (hashes: string[]) => {
      // Hex digests: an array literal needs no quoting.
      const rows = await lookupMany.execute({ ids: `{${[...new Set(hashes)].join(',')}}` });
      const byHash = new Map(rows.map((row) => [row.id, row]));
      return hashes.map((hash) => byHash.get(hash));
    });
  }

  override async getSessionAndUser(
    token: string,
  ): Promise<[session: DatabaseSession | null, user: DatabaseUser | null]> {
    return sessionAndUser(token, await this.lookups(hashToken(token)));
  }
}

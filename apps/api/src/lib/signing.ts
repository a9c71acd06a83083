import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '@praxis/db/client';
import { serverSecrets } from '@praxis/db/schema/secrets';
import { eq } from 'drizzle-orm';

const MAC_BYTES = 16;

/** Keys read before, per database handle (a transaction's die with it): they never change. */
const known = new WeakMap<Db, Map<string, Buffer>>();

/**
 * The server's key for `purpose`, made at first use and kept in the database, so that every
 * instance signs alike and links survive restarts with nothing to configure.
 */
async function keyFor(db: Db, purpose: string): Promise<Buffer> {
  const cached = known.get(db)?.get(purpose);
  if (cached) return cached;
  const key = await readOrMakeKey(db, purpose);
  known.set(db, (known.get(db) ?? new Map()).set(purpose, key));
  return key;
}

async function readOrMakeKey(db: Db, purpose: string): Promise<Buffer> {
  return Buffer.from(
    await serverSecret(db, purpose, () => randomBytes(32).toString('base64')),
    'base64',
  );
}

/**
 * The server's secret named `name`, made by `make` at first use and kept in the database: every
 * instance reads the same one, whichever made it first (a key pair, as text).
 */
export async function serverSecret(db: Db, name: string, make: () => string): Promise<string> {
  const [kept] = await db
    .select({ value: serverSecrets.value })
    .from(serverSecrets)
    .where(eq(serverSecrets.name, name));
  if (kept) return kept.value;
  await db
    .insert(serverSecrets)
    .values({ name, value: make() })
    .onConflictDoNothing({ target: serverSecrets.name });
  const [row] = await db
    .select({ value: serverSecrets.value })
    .from(serverSecrets)
    .where(eq(serverSecrets.name, name));
  if (!row) throw new Error(`no secret named ${name}`);
  return row.value;
}

/** `data` with a MAC over it, URL-safe: whoever holds the token can show the server made it. */
export async function sign(db: Db, purpose: string, data: Buffer): Promise<string> {
  const mac = createHmac('sha256', await keyFor(db, purpose))
    .update(data)
    .digest();
  return Buffer.concat([data, mac.subarray(0, MAC_BYTES)]).toString('base64url');
}

/** The data a token of `sign` carries, or null when the server did not sign it. */
export async function verify(db: Db, purpose: string, token: string): Promise<Buffer | null> {
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length <= MAC_BYTES) return null;
  const data = bytes.subarray(0, bytes.length - MAC_BYTES);
  const mac = bytes.subarray(bytes.length - MAC_BYTES);
  const expected = createHmac('sha256', await keyFor(db, purpose))
    .update(data)
    .digest()
    .subarray(0, MAC_BYTES);
  return timingSafeEqual(mac, expected) ? data : null;
}

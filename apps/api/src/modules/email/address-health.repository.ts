import type { Db } from '@praxis/db/client';
import { emailAddressHealth } from '@praxis/db/schema/email';
import { members } from '@praxis/db/schema/members';
import { and, desc, eq, gt, isNotNull, lt, or } from 'drizzle-orm';

/** What is known of mail to `address` bouncing, or null when it never bounced. */
export async function addressHealth(db: Db, address: string) {
  const [row] = await db
    .select()
    .from(emailAddressHealth)
    .where(eq(emailAddressHealth.address, address.toLowerCase()));
  return row ?? null;
}

/**
 * Lets mail go to `address` again after its owner says they fixed it. When and why it last
 * bounced stay, for the admins; another hard bounce stops mail again.
 */
export async function clearBounces(db: Db, address: string) {
  await db
    .update(emailAddressHealth)
    .set({ hardBouncedAt: null, softBounces: 0 })
    .where(eq(emailAddressHealth.address, address.toLowerCase()));
}

/** A keyset position in the list of bouncing addresses: the last row's bounce time and address. */
export interface BouncePosition {
  lastBouncedAt: Date;
  address: string;
}

/**
 * Addresses that bounced for good or have soft bounces pending, the latest bounce first, with
 * the member whose address it is (none when nobody has it any more): `limit + 1` rows.
 */
export async function listBouncingAddresses(db: Db, after: BouncePosition | null, limit: number) {
  const health = emailAddressHealth;
  return db
    .select({
      address: health.address,
      hardBouncedAt: health.hardBouncedAt,
      softBounces: health.softBounces,
      lastBounce: health.lastBounce,
      lastBouncedAt: health.lastBouncedAt,
      handle: members.handle,
      name: members.name,
    })
    .from(health)
    .leftJoin(members, eq(members.email, health.address))
    .where(
      and(
        or(isNotNull(health.hardBouncedAt), gt(health.softBounces, 0)),
        after
          ? or(
              lt(health.lastBouncedAt, after.lastBouncedAt),
              and(eq(health.lastBouncedAt, after.lastBouncedAt), lt(health.address, after.address)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(health.lastBouncedAt), desc(health.address))
    .limit(limit + 1);
}

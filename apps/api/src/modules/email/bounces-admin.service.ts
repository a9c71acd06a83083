import type { BouncingAddressList } from '@praxis/contracts/email';
import type { Db } from '@praxis/db/client';
import { z } from 'zod';
import { decodeJsonCursor, encodeJsonCursor } from '../../pagination.ts';
import { listBouncingAddresses } from './address-health.repository.ts';

const Position = z.object({ at: z.iso.datetime(), address: z.string().max(320) });

/** For admins: the addresses mail bounced from, page by page, with whose address each is. */
export async function bouncingAddresses(
  db: Db,
  cursor: string | undefined,
  limit: number,
): Promise<BouncingAddressList> {
  const after = decodeJsonCursor(Position, cursor);
  const rows = await listBouncingAddresses(
    db,
    after && { lastBouncedAt: new Date(after.at), address: after.address },
    limit,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    addresses: page.map((row) => ({
      address: row.address,
      member: row.handle && row.name ? { handle: row.handle, name: row.name } : null,
      hard: row.hardBouncedAt !== null,
      softBounces: row.softBounces,
      lastBounce: row.lastBounce,
      lastBouncedAt: row.lastBouncedAt.toISOString(),
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeJsonCursor({ at: last.lastBouncedAt.toISOString(), address: last.address })
        : null,
  };
}

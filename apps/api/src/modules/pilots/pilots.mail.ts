import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { pilots, pilotUpdates } from '@praxis/db/schema/pilots';
import { and, eq, inArray } from 'drizzle-orm';
import { pilotVisibleTo } from './pilots.visibility.ts';

/** What a notification mail shows of a pilot: its name. */
export interface PilotForMail {
  id: string;
  name: string;
}

/** The pilots among `ids` that the member may still see, as their mail names them. */
export async function pilotsForMail(
  db: Db,
  member: AccountMember,
  ids: string[],
): Promise<Map<string, PilotForMail>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: pilots.id, name: pilots.name })
    .from(pilots)
    .where(and(inArray(pilots.id, unique), pilotVisibleTo(member)));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The text of the updates among `ids` (Markdown as written), of pilots the member may see. */
export async function pilotUpdateTexts(
  db: Db,
  member: AccountMember,
  ids: string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: pilotUpdates.id, text: pilotUpdates.bodySource })
    .from(pilotUpdates)
    .innerJoin(pilots, eq(pilots.id, pilotUpdates.pilotId))
    .where(and(inArray(pilotUpdates.id, unique), pilotVisibleTo(member)));
  return new Map(rows.map((row) => [row.id, row.text]));
}

import type { Db } from '@praxis/db/client';
import { networkSettings } from '@praxis/db/schema/settings';
import { and, eq, getTableColumns } from 'drizzle-orm';

const { logo: _logoBytes, ...settingColumns } = getTableColumns(networkSettings);

export type SettingsRow = Omit<typeof networkSettings.$inferSelect, 'logo'>;
export type SettingsChange = Partial<Omit<typeof networkSettings.$inferInsert, 'id'>>;

/** The one row, without the logo's bytes; null before anyone saved a setting. */
export async function readSettings(db: Db, { lock = false } = {}): Promise<SettingsRow | null> {
  const query = db.select(settingColumns).from(networkSettings).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function saveSettings(db: Db, change: SettingsChange) {
  await db
    .insert(networkSettings)
    .values({ id: 1, ...change })
    .onConflictDoUpdate({ target: networkSettings.id, set: { ...change, updatedAt: new Date() } });
}

export async function readLogo(db: Db, version: string): Promise<Buffer | null> {
  const [row] = await db
    .select({ logo: networkSettings.logo })
    .from(networkSettings)
    .where(and(eq(networkSettings.id, 1), eq(networkSettings.logoVersion, version)));
  return row?.logo ?? null;
}

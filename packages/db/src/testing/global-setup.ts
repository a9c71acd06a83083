import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb, openPglite } from '../client.ts';
// For the ProvidedContext augmentation that types `provide('pgliteTemplate')`.
import type {} from './test-database.ts';

/**
 * Starting and migrating PGlite costs seconds; loading a migrated data directory costs less
 * than one. So migrate once per run and let every test file load a copy of the result.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) return;
  const dir = await mkdtemp(join(tmpdir(), 'praxis-pglite-'));
  const client = openPglite();
  const database = createDb({ pglite: client });
  await database.migrate();
  const dump = await client.dumpDataDir('none');
  await database.close();
  const file = join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** A backup or restore that was not attempted, with what the operator should do instead. */
export class BackupRefused extends Error {}

/**
 * Writes the whole embedded database in `dataDir` to `file` as one gzipped tarball (PGlite's
 * own data-directory dump), through a temporary file so a failed backup leaves nothing that
 * looks like one.
 */
export async function backupDataDir(dataDir: string, file: string): Promise<{ bytes: number }> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new BackupRefused(`There is no embedded database in ${dataDir} to back up.`);
  }
  refuseWhileOpen(dataDir);
  const client = new PGlite(dataDir);
  let dump: Blob;
  try {
    // A checkpoint first, so the copy holds every committed change in the table files.
    await client.exec('checkpoint');
    dump = await client.dumpDataDir('gzip');
  } finally {
    await client.close();
  }
  const bytes = Buffer.from(await dump.arrayBuffer());
  const partial = `${file}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return { bytes: bytes.length };
}

/**
 * Makes `dataDir` the database saved in `file`. The backup is unpacked and opened beside the
 * data directory first, so an unreadable file never costs the database already there; that
 * one is replaced only with `force`.
 */
export async function restoreDataDir(
  file: string,
  dataDir: string,
  options: { force: boolean },
): Promise<void> {
  const backup = await readFile(file).catch(() => null);
  if (!backup) throw new BackupRefused(`There is no backup file at ${resolve(file)}.`);
  const occupied = await holdsFiles(dataDir);
  if (occupied) {
    refuseWhileOpen(dataDir);
    if (!options.force) {
      throw new BackupRefused(
        `${resolve(dataDir)} is not empty, and restoring would replace the database in it. ` +
          'Run the restore again with --force to replace it, or set DATA_DIR to an empty folder.',
      );
    }
  }
  const target = resolve(dataDir);
  await mkdir(dirname(target), { recursive: true });
  const unpacked = join(dirname(target), `.${basename(target)}.restoring`);
  await rm(unpacked, { recursive: true, force: true });
  try {
    const client = new PGlite(unpacked, { loadDataDir: new Blob([backup]) });
    await client.waitReady;
    await client.query('select 1');
    await client.close();
  } catch {
    await rm(unpacked, { recursive: true, force: true });
    throw new BackupRefused(
      `${resolve(file)} is not a backup of the embedded database (made with pnpm backup).`,
    );
  }
  await rm(target, { recursive: true, force: true });
  await rename(unpacked, target);
}

async function holdsFiles(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => []);
  return entries.length > 0;
}

// PGlite writes postmaster.pid while it has the directory open and removes it when closed; two
// processes writing one data directory would corrupt it.
function refuseWhileOpen(dataDir: string) {
  if (existsSync(join(dataDir, 'postmaster.pid'))) {
    throw new BackupRefused(
      `The embedded database in ${resolve(dataDir)} is in use: stop Praxis first. If Praxis is ` +
        'not running, it did not stop cleanly: start it, stop it, and try again.',
    );
  }
}

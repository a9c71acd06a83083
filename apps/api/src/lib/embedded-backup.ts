import { existsSync } from 'node:fs';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { openPglite } from '@praxis/db/client';

/** A backup or restore that was not attempted, with what the operator should do instead. */
export class BackupRefused extends Error {}

/**
 * Writes the whole embedded database in `dataDir` to `file` as one gzipped tarball (PGlite's
 * own data-directory dump), through a temporary file so a failed backup leaves nothing that
 * looks like one. The file holds password hashes and live links, so only its owner may read it.
 */
export async function backupDataDir(dataDir: string, file: string): Promise<{ bytes: number }> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new BackupRefused(`There is no embedded database in ${dataDir} to back up.`);
  }
  if (existsSync(file)) {
    throw new BackupRefused(
      `${resolve(file)} already exists: choose another file name, or delete it first.`,
    );
  }
  if (await lies(file, resolve(dataDir))) {
    throw new BackupRefused(
      `${resolve(file)} is inside DATA_DIR (${resolve(dataDir)}): a backup there is lost with ` +
        'the database it saves. Write it to a folder outside DATA_DIR.',
    );
  }
  refuseWhileOpen(dataDir);
  const client = openPglite(dataDir);
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
  try {
    await writeFile(partial, bytes, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') throw error;
    throw new BackupRefused(
      `${resolve(partial)} already exists: another backup is being written there, or one was ` +
        'interrupted. Delete it once no backup is running, and try again.',
    );
  }
  await rename(partial, file);
  return { bytes: bytes.length };
}

/**
 * Makes `dataDir` the database saved in `file`. The backup is unpacked and opened in a
 * temporary folder first, so an unreadable file never costs the database already there; that
 * one is replaced only with `force`. DATA_DIR's contents are replaced rather than the folder
 * itself, because in a container it is a mounted volume that can be neither renamed nor
 * replaced, and its parent is not writable.
 */
export async function restoreDataDir(
  file: string,
  dataDir: string,
  options: { force: boolean },
): Promise<void> {
  const backup = await readFile(file).catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  });
  if (!backup) throw new BackupRefused(`There is no backup file at ${resolve(file)}.`);
  const target = resolve(dataDir);
  if (await lies(file, target)) {
    throw new BackupRefused(
      `${resolve(file)} is inside DATA_DIR (${target}), which the restore empties: move the ` +
        'backup to a folder outside DATA_DIR and restore from there.',
    );
  }
  if (await holdsFiles(target)) {
    refuseWhileOpen(target);
    if (!options.force) {
      throw new BackupRefused(
        `${target} is not empty, and restoring would replace the database in it. ` +
          'Run the restore again with --force to replace it, or set DATA_DIR to an empty folder.',
      );
    }
    if (!existsSync(join(target, 'PG_VERSION'))) {
      throw new BackupRefused(
        `${target} holds files but no embedded database (it has no PG_VERSION), so --force ` +
          'will not empty it: set DATA_DIR to the database folder to replace, or to an empty folder.',
      );
    }
  }
  const unpacked = await mkdtemp(join(tmpdir(), 'praxis-restore-'));
  try {
    await openBackup(backup, unpacked, file);
    await mkdir(target, { recursive: true });
    for (const entry of await readdir(target)) {
      await rm(join(target, entry), { recursive: true, force: true });
    }
    // A copy, not a rename: the temporary folder may be on another file system.
    await cp(unpacked, target, { recursive: true });
  } finally {
    await rm(unpacked, { recursive: true, force: true });
  }
}

async function openBackup(backup: Buffer, folder: string, file: string) {
  try {
    const client = openPglite(folder, { loadDataDir: new Blob([backup]) });
    await client.waitReady;
    await client.query('select 1');
    await client.close();
  } catch (error) {
    // Reading or writing files failed: that says nothing about the backup, so say what it was.
    if (errnoOf(error)) throw error;
    throw new BackupRefused(
      `${resolve(file)} is not a backup of the embedded database (made with pnpm backup).`,
    );
  }
}

/**
 * Whether `file` is `dir` or lies inside it, through symbolic links too; a file not written yet
 * is judged by the folder it would be written to.
 */
async function lies(file: string, dir: string): Promise<boolean> {
  const real = await realpath(file).catch(async () =>
    join(
      await realpath(dirname(resolve(file))).catch(() => dirname(resolve(file))),
      basename(file),
    ),
  );
  const folder = await realpath(dir).catch(() => dir);
  const rel = relative(folder, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The code of a failed file-system call (ENOENT, EACCES, …), or undefined for other errors. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
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

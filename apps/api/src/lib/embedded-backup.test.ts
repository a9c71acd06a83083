import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, openPglite } from '@praxis/db/client';
import { seedDemo } from '@praxis/db/seed';
import { type Fingerprints, fingerprintTables } from '@praxis/db/testing/table-fingerprints';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cookMarkdown } from '../markdown.ts';
import { BackupRefused, backupDataDir, restoreDataDir } from './embedded-backup.ts';

const apiRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `pnpm backup` or `pnpm restore` as an operator would, with DATA_DIR as given. */
function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `src/${script}.ts`, ...args],
      { cwd: apiRoot, env },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

async function fingerprintsOf(dataDir: string) {
  const database = createDb({ dataDir });
  try {
    return await fingerprintTables(database.db);
  } finally {
    await database.close();
  }
}

let scratch: string;
let seeded: string;
let backupFile: string;
let original: Fingerprints;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'praxis-backup-'));
  seeded = join(scratch, 'seeded');
  backupFile = join(scratch, 'praxis.backup');
  // The run's migrated template when there is one (on PGlite runs): migrating costs seconds.
  const template = inject('pgliteTemplate');
  const client = template
    ? openPglite(seeded, { loadDataDir: new Blob([await readFile(template)]) })
    : openPglite(seeded);
  const database = createDb({ pglite: client });
  await database.migrate();
  await seedDemo(database.db, 'not-a-password-hash', cookMarkdown);
  await database.close();
  original = await fingerprintsOf(seeded);
  await backupDataDir(seeded, backupFile);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('pnpm backup and pnpm restore (embedded database)', () => {
  it('restores the demo network into an empty folder with every table equal', async () => {
    const file = join(scratch, 'demo.backup');
    const backup = await run('backup', [file], { DATA_DIR: seeded });
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(/^Backed up .* to .*demo\.backup \(\d+\.\d MB\)\.\n$/);

    const restored = join(scratch, 'restored');
    const restore = await run('restore', [file], { DATA_DIR: restored });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);

    expect(await fingerprintsOf(restored)).toEqual(original);
    expect(original['public.members']?.rows).toBe(73);
    const filled = Object.values(original).filter((table) => table.rows > 0).length;
    console.info(`backup round trip: ${Object.keys(original).length} tables, ${filled} with rows`);
  });

  it('refuses to restore over a folder that holds a database, unless told with --force', async () => {
    // Another network's database: the demo one, less its chat.
    const other = join(scratch, 'other');
    await restoreDataDir(backupFile, other, { force: false });
    const client = openPglite(other);
    await client.exec('delete from messages');
    await client.close();
    const before = await fingerprintsOf(other);
    expect(before['public.messages']?.rows).toBe(0);

    const refused = await run('restore', [backupFile], { DATA_DIR: other });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${other} is not empty, and restoring would replace the database in it. Run the restore again with --force to replace it, or set DATA_DIR to an empty folder.\n`,
    );
    expect(await fingerprintsOf(other)).toEqual(before);

    // The folder itself stays (in a container it is a mounted volume): only its contents change.
    const folder = (await stat(other)).ino;
    const temp = join(scratch, 'tmp-forced');
    await mkdir(temp);
    const forced = await run('restore', [backupFile, '--force'], { DATA_DIR: other, TMPDIR: temp });
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(await fingerprintsOf(other)).toEqual(original);
    expect((await stat(other)).ino).toBe(folder);
    expect((await readdir(temp)).filter((name) => name.startsWith('praxis-'))).toEqual([]);
  });

  it('refuses a backup file inside DATA_DIR, which the restore would empty', async () => {
    const other = join(scratch, 'holds-its-backup');
    await restoreDataDir(backupFile, other, { force: false });
    const inside = join(other, 'praxis.backup');
    await writeFile(inside, await readFile(backupFile));

    const refused = await run('restore', [inside, '--force'], { DATA_DIR: other });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${inside} is inside DATA_DIR (${other}), which the restore empties: move the backup to a folder outside DATA_DIR and restore from there.\n`,
    );
    expect(await readdir(other)).toContain('praxis.backup');
  });

  it('refuses --force over a folder that holds files but no embedded database', async () => {
    const photos = join(scratch, 'photos');
    await mkdir(photos);
    await writeFile(join(photos, 'meetup.jpg'), 'not a database');

    const refused = await run('restore', [backupFile, '--force'], { DATA_DIR: photos });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${photos} holds files but no embedded database (it has no PG_VERSION), so --force will not empty it: set DATA_DIR to the database folder to replace, or to an empty folder.\n`,
    );
    expect(await readdir(photos)).toEqual(['meetup.jpg']);
  });

  it('reports a folder it cannot write as that, not as a file that is not a backup', async () => {
    const notAFolder = join(scratch, 'data-is-a-file');
    await writeFile(notAFolder, 'a file where the data folder should be');
    const target = join(notAFolder, 'data');

    const failed = await run('restore', [backupFile], { DATA_DIR: target });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(`Could not restore: ENOTDIR: not a directory, mkdir '${target}'\n`);
  });

  it('refuses a file that is not a backup and leaves the folder as it was', async () => {
    const notABackup = join(scratch, 'notes.txt');
    await writeFile(notABackup, 'meeting notes, not a database');
    const target = join(scratch, 'untouched');
    const temp = join(scratch, 'tmp-refused');
    await mkdir(temp);

    const refused = await run('restore', [notABackup], { DATA_DIR: target, TMPDIR: temp });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${notABackup} is not a backup of the embedded database (made with pnpm backup).\n`,
    );
    expect(await readdir(scratch)).not.toContain('untouched');
    expect((await readdir(temp)).filter((name) => name.startsWith('praxis-'))).toEqual([]);
  });

  it('writes a backup only its owner can read, and never over an existing file', async () => {
    expect((await stat(backupFile)).mode & 0o777).toBe(0o600);
    const before = await readFile(backupFile);

    const refused = await run('backup', [backupFile], { DATA_DIR: seeded });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${backupFile} already exists: choose another file name, or delete it first.\n`,
    );
    expect((await readFile(backupFile)).equals(before)).toBe(true);
  });

  it('refuses to write a backup inside DATA_DIR, where it would be lost with the database', async () => {
    const inside = join(seeded, 'praxis.backup');
    const refused = await run('backup', [inside], { DATA_DIR: seeded });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${inside} is inside DATA_DIR (${seeded}): a backup there is lost with the database it saves. Write it to a folder outside DATA_DIR.\n`,
    );
    expect(await stat(inside).catch(() => null)).toBeNull();
  });

  it('refuses to back up while the database is open, and points PostgreSQL to pg_dump', async () => {
    const open = openPglite(seeded);
    await open.waitReady;
    try {
      const error = await backupDataDir(seeded, join(scratch, 'while-open.backup')).catch(
        (refusal: unknown) => refusal,
      );
      expect(error).toBeInstanceOf(BackupRefused);
      expect((error as Error).message).toBe(
        `The embedded database in ${seeded} is in use: stop Praxis first. If Praxis is not running, it did not stop cleanly: start it, stop it, and try again.`,
      );
    } finally {
      await open.close();
    }

    const postgres = await run('backup', [join(scratch, 'pg.backup')], {
      DATABASE_URL: 'postgres://praxis@127.0.0.1:5432/praxis',
    });
    expect(postgres.code).toBe(1);
    expect(postgres.stderr).toBe(
      'DATABASE_URL is set: back up PostgreSQL with pg_dump instead (see "Backups" in the README).\n',
    );
  });
});

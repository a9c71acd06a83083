import { readConfigOrExit } from './config.ts';
import { BackupRefused, errnoOf, restoreDataDir } from './lib/embedded-backup.ts';

const config = readConfigOrExit();
const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((arg) => arg !== '--force');
const file = files[0];

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!file || files.length > 1 || file.startsWith('-')) {
  fail(
    'Usage: pnpm restore <file> [--force]  (makes DATA_DIR the embedded database saved in <file>; --force replaces one already there)',
  );
}
if (config.database.kind === 'postgres') {
  fail(
    'DATABASE_URL is set: restore PostgreSQL with pg_restore instead (see "Backups" in the README).',
  );
}
try {
  await restoreDataDir(file, config.database.dataDir, { force });
  process.stdout.write(
    `Restored ${file} into ${config.database.dataDir}. Start Praxis to use it; migrations newer than the backup run at start.\n`,
  );
} catch (error) {
  if (error instanceof BackupRefused) fail(error.message);
  // A file the system would not read or write: its own message says which and why.
  if (errnoOf(error)) fail(`Could not restore: ${(error as Error).message}`);
  throw error;
}

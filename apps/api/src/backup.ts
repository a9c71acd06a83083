import { readConfigOrExit } from './config.ts';
import { BackupRefused, backupDataDir, errnoOf } from './lib/embedded-backup.ts';

const config = readConfigOrExit();
const args = process.argv.slice(2);
const file = args[0];

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!file || args.length > 1 || file.startsWith('-')) {
  fail('Usage: pnpm backup <file>  (writes the embedded database in DATA_DIR to <file>)');
}
if (config.database.kind === 'postgres') {
  fail(
    'DATABASE_URL is set: back up PostgreSQL with pg_dump instead (see "Backups" in the README).',
  );
}
try {
  const { bytes } = await backupDataDir(config.database.dataDir, file);
  process.stdout.write(
    `Backed up ${config.database.dataDir} to ${file} (${(bytes / 1_048_576).toFixed(1)} MB).\n`,
  );
} catch (error) {
  if (error instanceof BackupRefused) fail(error.message);
  // A file the system would not read or write: its own message says which and why.
  if (errnoOf(error)) fail(`Could not back up: ${(error as Error).message}`);
  throw error;
}

import { createDb, type Database } from '@praxis/db/client';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_ORGANISER_EMAILS,
  DEMO_PASSWORD,
  isDatabaseEmpty,
  seedDemo,
} from '@praxis/db/seed';
import { buildApp } from './app.ts';
import { LISTEN_BACKLOG, readConfigOrExit } from './config.ts';
import { type DebugLog, statementLog } from './lib/statement-log.ts';
import { cookMarkdown } from './markdown.ts';
import { storedPublicUrl } from './plugins/network.ts';
import { hashPassword } from './plugins/passwords.ts';

let config = readConfigOrExit();
// The database is opened before the app that logs exists; statements are logged once it does.
let appLog: DebugLog | undefined;
const onStatement = config.logStatements ? statementLog(() => appLog) : undefined;
const database: Database = createDb(
  config.database.kind === 'postgres'
    ? { databaseUrl: config.database.url, onStatement }
    : { dataDir: config.database.dataDir, onStatement },
);
await database.migrate();
if (!config.network.publicOriginSet) {
  const saved = await storedPublicUrl(database.db);
  if (saved) config = readConfigOrExit({ storedPublicUrl: saved });
}

// Only an empty database is seeded; PostgreSQL only with PRAXIS_SEED=demo (see config.ts), so a
// real deployment starts on the setup page.
const seeded = config.seed === 'demo' && (await isDatabaseEmpty(database.db));
if (seeded) await seedDemo(database.db, await hashPassword(DEMO_PASSWORD), cookMarkdown);

const app = await buildApp({ config, database });
appLog = app.log;
if (config.logStatements) {
  app.log.warn(
    'LOG_SQL=on: every SQL statement is logged with what members wrote (at debug level); for measuring only',
  );
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  const forced = setTimeout(() => process.exit(1), 10_000);
  forced.unref();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ host: config.host, port: config.port, backlog: LISTEN_BACKLOG });

const lines = [
  '',
  `  Praxis is running at ${config.publicOrigin}`,
  config.database.kind === 'pglite'
    ? `  Database: embedded PGlite in ${config.database.dataDir}`
    : '  Database: PostgreSQL (DATABASE_URL)',
];
if (config.seed === 'demo') {
  lines.push(
    `  Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_ADMIN_EMAIL} (admin), ${DEMO_ORGANISER_EMAILS.join(', ')} (organisers), member1@praxis.example … member70@praxis.example`,
  );
}
if (config.host === '127.0.0.1') {
  lines.push('  Listening on 127.0.0.1 only (set HOST=0.0.0.0 to open it to your network).');
}
if (!seeded && config.database.kind === 'postgres') {
  lines.push('  No demo data is loaded on PostgreSQL; the first visit opens the setup page.');
}
// Only whoever can read this output may create the first admin of a server others can reach.
if (config.setupToken !== null && (await isDatabaseEmpty(database.db))) {
  lines.push(`  Setup token (the setup page asks for it): ${config.setupToken}`);
}
process.stdout.write(`${lines.join('\n')}\n\n`);

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createDb, openPglite } from '@praxis/db/client';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { clientTypes } from './testing/typed-client.ts';

// Writes the OpenAPI document the API serves to a file, for linters and client generators (and
// the AsyncAPI document of its websocket to asyncapi.json beside it), and
// with a second file the TypeScript types a client generator makes of it (written by the API's
// typecheck, for the typed client): the app is built as in production (at an example address) on an empty
// in-memory database, and not started.
const [file, typesFile] = process.argv.slice(2);
if (!file || process.argv.length > 4) {
  process.stderr.write('Usage: tsx apps/api/src/openapi-export.ts <document.json> [<types.ts>]\n');
  process.exit(1);
}
const database = createDb({ pglite: openPglite() });
await database.migrate();
const config = loadConfig({
  NODE_ENV: 'production',
  MAIL_OUTBOX: 'on',
  PUBLIC_ORIGIN: 'https://praxis.example.org',
  WEB_DIST: '/nonexistent-web-dist',
});
const app = await buildApp({ config, database, logger: false });
mkdirSync(dirname(file), { recursive: true });
await app.ready();
const document = app.swagger();
writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
const asyncapi = await app.inject({ method: 'GET', url: '/api/asyncapi.json' });
writeFileSync(
  join(dirname(file), 'asyncapi.json'),
  `${JSON.stringify(asyncapi.json(), null, 2)}\n`,
);
if (typesFile) writeFileSync(typesFile, await clientTypes(document));
await app.close();
await database.close();

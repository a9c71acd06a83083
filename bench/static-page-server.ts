import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { answerCommands } from './server-process.ts';

// The Lighthouse benchmark's baseline: each page as it looks once rendered, with no script, served
// by bare node:http from memory, gzipped once in advance: the ceiling the app's page could reach.
// Runs in a process of its own; its argument is the folder `rendered-page.ts` wrote.

/** One file the baseline serves, as `rendered-page.ts` records it in `manifest.json`. */
export interface BaselineFile {
  /** The path and query it answers. */
  path: string;
  contentType: string;
  file: string;
}

const folder = process.argv[2];
if (!folder) throw new Error('usage: static-page-server.ts <folder with manifest.json>');

const compressible = /^(text\/|application\/(json|javascript)|image\/svg)/;
const manifest = JSON.parse(
  await readFile(join(folder, 'manifest.json'), 'utf8'),
) as BaselineFile[];
const files = new Map<string, { contentType: string; body: Buffer; gzip: Buffer | null }>();
for (const entry of manifest) {
  const body = await readFile(join(folder, entry.file));
  const gzip = compressible.test(entry.contentType) ? gzipSync(body) : null;
  files.set(entry.path, { contentType: entry.contentType, body, gzip });
}

const server = createServer((request, response) => {
  const found = files.get(request.url ?? '/');
  if (!found) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const gzipped = found.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    'content-type': found.contentType,
    'cache-control': 'no-cache',
    ...(gzipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  response.end(gzipped ? found.gzip : found.body);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  answerCommands(
    { port },
    {
      stop: () => {
        server.closeAllConnections();
        return new Promise<void>((done) => server.close(() => done()));
      },
    },
  );
});

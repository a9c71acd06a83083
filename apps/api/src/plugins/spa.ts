import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

type Encoding = 'br' | 'gzip';

/** The best encoding the request accepts that Praxis has: brotli, else gzip, else none. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

/**
 * Serves the built SPA. The build writes a brotli and a gzip copy beside each text asset
 * (apps/web/vite-precompress.ts); the one the browser accepts is sent as it is. Hashed files
 * under /assets/ never change, so they are cached for a year; anything else (the shell, the
 * service worker, the manifest) is revalidated each time. index.html is the shell for every
 * other GET outside /api, so that client-side routes survive a reload.
 */
export default fp(
  async function spa(app: FastifyInstance, { webDist }: { webDist: string }) {
    const indexFile = join(webDist, 'index.html');
    if (!existsSync(indexFile)) {
      app.log.warn({ webDist }, 'no built SPA found; run `pnpm build` to serve the web app');
      return;
    }
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      preCompressed: true,
      // The compressed copies are chosen by Accept-Encoding, not asked for by name; source
      // maps are never published, even if a build made them.
      globIgnore: ['**/*.br', '**/*.gz', '**/*.map'],
      setHeaders(res, path) {
        // The path on disk: only where it lies inside the web root says whether it is hashed.
        const hashed = relative(webDist, path).startsWith(`assets${sep}`);
        res.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });

    const shells = shellsByLocale(readFileSync(indexFile, 'utf8'));
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      // An API path or a missing file is a 404, not the app shell.
      if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
      // The shell names the request's language, so the page is read right before the app loads.
      const shell = shells(request.locale);
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      reply
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-encoding, accept-language, cookie')
        .type('text/html; charset=utf-8');
      if (encoding) reply.header('content-encoding', encoding);
      return reply.send(encoding ? shell[encoding] : shell.identity);
    });
  },
  { name: 'spa' },
);

/** The shell in each language it is asked for, compressed once per language. */
function shellsByLocale(template: string) {
  const shells = new Map<string, { identity: string; br: Buffer; gzip: Buffer }>();
  return (locale: string) => {
    let shell = shells.get(locale);
    if (!shell) {
      const identity = template.replace('<html lang="en">', `<html lang="${locale}">`);
      shell = {
        identity,
        br: brotliCompressSync(identity),
        gzip: gzipSync(identity, { level: 9 }),
      };
      shells.set(locale, shell);
    }
    return shell;
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Serves the built SPA: hashed assets cached for a year, and index.html (never cached) for
 * every other GET outside /api so that client-side routes survive a reload.
 */
export default fp(
  async function spa(app: FastifyInstance, { webDist }: { webDist: string }) {
    const indexFile = join(webDist, 'index.html');
    if (!existsSync(indexFile)) {
      app.log.warn({ webDist }, 'no built SPA found; run `pnpm build` to serve the web app');
      return;
    }
    const shell = readFileSync(indexFile, 'utf8');
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      setHeaders(res, path) {
        res.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      // An API path or a missing file is a 404, not the app shell.
      if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
      // The shell names the request's language, so the page is read right before the app loads.
      return reply
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-language, cookie')
        .type('text/html; charset=utf-8')
        .send(shell.replace('<html lang="en">', `<html lang="${request.locale}">`));
    });
  },
  { name: 'spa' },
);

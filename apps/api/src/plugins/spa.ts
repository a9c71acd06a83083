import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { encodeText, preferredEncoding } from '../lib/content-encoding.ts';
import { firstLoadOf, readFirstLoad, writeShell } from './spa-shell.ts';

/**
 * Serves the built SPA. The build writes a brotli and a gzip copy beside each text asset
 * (apps/web/vite-precompress.ts); the one the browser accepts is sent as it is. Hashed files
 * under /assets/ never change, so they are cached for a year; anything else (the shell, the
 * service worker, the manifest) is revalidated each time. index.html is the shell for every
 * other GET outside /api, so that client-side routes survive a reload.
 */
export default fp(
  async function spa(
    app: FastifyInstance,
    { webDist, answersWaitMs }: { webDist: string; answersWaitMs: number },
  ) {
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

    const template = readFileSync(indexFile, 'utf8');
    const firstLoad = readFirstLoad(webDist);
    // The session is read as for the API, so that the page's own reply refreshes its cookie.
    app.get('/*', { schema: { hide: true }, config: { session: true } }, async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      // An API path or a missing file is a 404, not the app shell.
      if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
      const { files, reads } = firstLoadOf(firstLoad, path, request.locale);
      // A page's own reads need a member, and are for a page about to be shown: not for a HEAD,
      // nor for a prefetch (reading a thread marks it read).
      const prefetch = /prefetch/i.test(
        `${request.headers['sec-purpose'] ?? ''} ${request.headers.purpose ?? ''}`,
      );
      const asked =
        request.method !== 'GET'
          ? []
          : request.member && !prefetch
            ? reads
            : firstLoad.everyPageReads;
      const html = writeShell(template, {
        locale: request.locale,
        files,
        answers: await answersFor(app, request, asked, answersWaitMs),
      });
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      // The page carries the member's own answers: no cache may keep it, not even the browser's
      // (Back after signing out on a shared computer would show them to the next person).
      reply
        .header('cache-control', 'private, no-store')
        .header('vary', 'accept-encoding, accept-language, cookie')
        .type('text/html; charset=utf-8');
      if (encoding) reply.header('content-encoding', encoding);
      return reply.send(encodeText(html, encoding, 'each'));
    });
  },
  { name: 'spa' },
);

/**
 * The answers to a first page's reads, asked of the API in-process with the request's own
 * cookie, as the app would ask them: each is what this visitor may read anyway, and counts
 * against their own rate limit. Only a 200 in time is kept; for anything else (a refusal, a
 * failure, a slow read) the app asks itself, and the page is sent all the same.
 */
async function answersFor(
  app: FastifyInstance,
  request: FastifyRequest,
  reads: string[],
  waitMs: number,
) {
  // The session was validated for the page: each read takes its member as it is.
  const vouched = app.sessions.vouchFor(request);
  const headers: Record<string, string> = { ...vouched.headers };
  for (const name of ['cookie', 'accept-language', 'user-agent']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const answers: Record<string, unknown> = {};
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, waitMs);
  });
  const asking = Promise.allSettled(
    reads.map(async (url) => {
      const response = await app.inject({ method: 'GET', url, headers, remoteAddress: request.ip });
      const type = String(response.headers['content-type'] ?? '');
      if (response.statusCode === 200 && type.startsWith('application/json')) {
        answers[url] = response.json();
      }
    }),
  );
  await Promise.race([asking, deadline]);
  clearTimeout(timer);
  // Reads still under way keep what they were vouched for; none can start after this.
  vouched.done();
  // What arrives later is not the page's: a copy of what was there in time.
  return { ...answers };
}

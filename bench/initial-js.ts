import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

// "Initial JavaScript" is what a browser must fetch and run before the app can draw anything:
// the entry script of index.html and every module it imports statically (Vite lists them as
// modulepreload links too), whatever the server does about compression. Sizes are gzip at zlib's
// default level, as Vite's own build report gives them.

const staticImport = /\bimport\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

async function gzipBytes(webDist: string, path: string): Promise<number> {
  return gzipSync(await readFile(join(webDist, path))).length;
}

/** The entry's scripts and their static imports, as paths from the site's root. */
export async function initialScripts(webDist: string): Promise<string[]> {
  const html = await readFile(join(webDist, 'index.html'), 'utf8');
  const listed = [
    ...html.matchAll(/<script[^>]*\bsrc="(\/[^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="(\/[^"]+\.js)"/g),
  ].map((match) => match[1] as string);
  const found = new Set<string>();
  const queue = [...listed];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (found.has(path)) continue;
    found.add(path);
    const code = await readFile(join(webDist, path), 'utf8');
    for (const [, imported] of code.matchAll(staticImport)) {
      queue.push(posix.join(posix.dirname(path), imported as string));
    }
  }
  return [...found];
}

/** The gzip size of the entry's scripts and their static imports. */
export async function initialJsGzipBytes(webDist: string): Promise<number> {
  let total = 0;
  for (const path of await initialScripts(webDist)) total += await gzipBytes(webDist, path);
  return total;
}

/**
 * The gzip size of the scripts from `webDist` that a page load fetched (their paths), which with
 * route splitting is the entry's and the page's own chunks.
 */
export async function loadedJsGzipBytes(webDist: string, paths: string[]): Promise<number> {
  let total = 0;
  for (const path of new Set(paths)) total += await gzipBytes(webDist, path);
  return total;
}

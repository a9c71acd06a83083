import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BaselineFile } from './static-page-server.ts';

// The baseline of the Lighthouse benchmark is each page as a browser shows it once rendered:
// the HTML after the app drew it, without its scripts, with the stylesheets, images and fonts it
// loaded. This writes those files and their manifest for static-page-server.ts.

export interface PageToRender {
  path: string;
  /** The session cookie (`name=value`) of a signed-in page; none for a signed-out one. */
  cookie: string | null;
}

const kept = new Set(['stylesheet', 'image', 'font']);

/** Renders each page of `origin` in Chromium and writes the baseline's files into `folder`. */
export async function writeRenderedPages(
  origin: string,
  pages: PageToRender[],
  folder: string,
  chromiumPath: string,
  chromiumFlags: string[],
): Promise<BaselineFile[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags.filter((flag) => !flag.startsWith('--headless')),
  });
  const manifest = new Map<string, BaselineFile>();
  let saved = 0;
  // Claims the path at once, so that a second response for it while the body loads is skipped.
  const save = (path: string, contentType: string, body: Promise<string | Buffer>) => {
    saved += 1;
    const file = `file-${saved}`;
    manifest.set(path, { path, contentType, file });
    return body.then((content) => writeFile(join(folder, file), content));
  };
  try {
    for (const page of pages) {
      // Lighthouse's mobile screen, so the page lays out as it will be measured.
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      if (page.cookie) {
        const [name = '', ...value] = page.cookie.split('=');
        await context.addCookies([{ name, value: value.join('='), url: origin }]);
      }
      const tab = await context.newPage();
      const loaded: Promise<void>[] = [];
      tab.on('response', (response) => {
        const url = new URL(response.url());
        const key = url.pathname + url.search;
        if (url.origin !== origin || !kept.has(response.request().resourceType())) return;
        if (manifest.has(key) || !response.ok()) return;
        const contentType = response.headers()['content-type'] ?? 'application/octet-stream';
        loaded.push(save(key, contentType, response.body()));
      });
      await tab.goto(`${origin}${page.path}`, { waitUntil: 'networkidle' });
      await Promise.all(loaded);
      // A string, evaluated in the page: the benchmark's own code knows no DOM types.
      await tab.evaluate(
        `document.querySelectorAll('script, link[rel="modulepreload"]').forEach((element) => element.remove())`,
      );
      const html = await tab.content();
      await save(page.path, 'text/html; charset=utf-8', Promise.resolve(html));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const files = [...manifest.values()];
  await writeFile(join(folder, 'manifest.json'), JSON.stringify(files));
  return files;
}

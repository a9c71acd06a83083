import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, signedInDemoMember, startServer, webText } from './harness.ts';

// A deploy while a member has Praxis open: the server's build is a copy this file can change,
// as a new build would.

const t = webText('en');
const builtWeb = fileURLToPath(new URL('../dist/', import.meta.url));
const browsers: { close(): Promise<void> }[] = [];
let server: RunningServer;
let webDist: string;

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'praxis-web-'));
  await cp(builtWeb, webDist, { recursive: true });
  server = await startServer({ database: 'any', env: { PRAXIS_SEED: 'demo', WEB_DIST: webDist } });
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.stop();
  await rm(webDist, { recursive: true, force: true });
});

/** The build id of the worker's script: it names the cache of the app shell. */
const BUILD_ID = /id:`([0-9a-f]{16})`/;

/** Deploys a build whose worker differs from the running one only by its id, as a new build's does. */
async function deployNextBuild(): Promise<string> {
  const file = join(webDist, 'sw.js');
  const script = await readFile(file, 'utf8');
  const id = script.match(BUILD_ID)?.[1];
  if (!id) throw new Error('sw.js names no build id');
  const next = [...id].reverse().join('');
  await writeFile(file, script.replaceAll(id, next));
  // The compressed copies are the old script: the changed one is served as it is.
  await rm(`${file}.br`, { force: true });
  await rm(`${file}.gz`, { force: true });
  return next;
}

const shellCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('shell-')));

describe('a new version of Praxis', () => {
  it('is offered with a prompt in an open tab, and loads when the member chooses to reload', async () => {
    const page = await signedInDemoMember(server, 'member1@praxis.example', browsers);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const [firstShell] = await shellCaches(page);

    const nextId = await deployNextBuild();
    // The browser checks the worker's script at each navigation; the old worker still answers.
    await page.reload();
    const prompt = page.getByRole('alert').filter({ hasText: t('common.updateBanner.newVersion') });
    await prompt.waitFor();
    expect(await shellCaches(page)).toContain(firstShell);

    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: t('common.updateBanner.reload') }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    expect(await prompt.count()).toBe(0);
    // The new worker controls the page, and the old build's shell is gone.
    expect(await shellCaches(page)).toEqual([`shell-${nextId}`]);
  });
});

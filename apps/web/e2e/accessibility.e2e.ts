import { type Locale, locales } from '@praxis/i18n/locales';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PageToCheck,
  pagesOfTheDemo,
  type Role,
  signIn,
  type Walk,
} from './accessibility-pages.ts';
import { type RunningServer, startServer } from './harness.ts';
import { audit, readable, settle, sidewaysScroll, trackRequests } from './page-checks.ts';

// Every page of the demo network, signed out and as a member, an organiser and an admin, in
// every language, at desktop and phone width, checked by axe against WCAG 2.1 A and AA, plus
// target sizes (2.5.8) and visible labels in accessible names (2.5.3), which axe leaves out
// unless asked, and reflow (1.4.10), which axe does not check: nothing scrolls sideways on a
// phone. One browser, a context per language and visitor; each account signs in once, and each
// visitor loads the app once and moves from page to page inside it, as a person does.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };
const WIDTHS = [
  { name: 'desktop', ...DESKTOP },
  { name: 'phone', ...PHONE },
];
const CONTACT = 'access@agency.example';
/** The phone header is one row (brand, search, bell, menu), so the page starts near the top. */
const PHONE_HEADER_MAX_HEIGHT = 64;
const VISITORS = ['signedOut', 'member', 'organiser', 'admin'] as const;

let server: RunningServer;
let browser: Browser;
let sessions: Record<Role, { name: string; value: string }>;
let walk: Walk;

beforeAll(async () => {
  server = await startServer({
    database: 'any',
    env: {
      PRAXIS_SEED: 'demo',
      JOB_POLL_SECONDS: '1',
      MAIL_BATCH_DELAY_SECONDS: '0',
      ACCESSIBILITY_CONTACT: CONTACT,
    },
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const [member, organiser, admin] = await Promise.all(
    (['member', 'organiser', 'admin'] as const).map((role) => signIn(server.origin, role)),
  );
  if (!member || !organiser || !admin) throw new Error('a demo account could not sign in');
  sessions = { member, organiser, admin };
  walk = await pagesOfTheDemo(server.origin, sessions);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A context whose pages speak `locale`, chosen as the language switch does, by its cookie. */
async function contextIn(
  locale: Locale,
  who: Role | 'signedOut',
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: DESKTOP,
    reducedMotion: 'reduce',
    serviceWorkers,
  });
  await context.addCookies([
    { name: 'praxis_locale', value: locale, url: server.origin },
    ...(who === 'signedOut' ? [] : [{ ...sessions[who], url: server.origin }]),
  ]);
  return context;
}

/** Opens `path`: the first time by loading the app, then inside it, as its links do. */
async function open(page: Page, path: string, first: boolean) {
  if (first) {
    await page.goto(`${server.origin}${path}`);
    await page.evaluate(axe.source);
    return;
  }
  await page.evaluate((next) => {
    window.history.pushState(null, '', next);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** What is wrong with one page, in the language the context speaks, at both widths. */
async function problemsOf(page: Page, target: PageToCheck, locale: Locale, where: string) {
  const problems: string[] = [];
  const path = new URL(target.path, server.origin).pathname;
  if (new URL(page.url()).pathname !== path) problems.push(`${where}: went to ${page.url()}`);
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== locale) problems.push(`${where}: <html lang="${lang}">`);
  for (const width of WIDTHS) {
    await page.setViewportSize(width);
    const { violations, ran } = await audit(page);
    for (const rule of ['target-size', 'label-content-name-mismatch']) {
      if (!ran.includes(rule)) problems.push(`${where}: axe did not run ${rule}`);
    }
    const at = `${where} · ${width.name}`;
    problems.push(...violations.map((violation) => readable(at, violation)));
    const wider = await sidewaysScroll(page);
    if (wider.length > 0) problems.push(`${at}: reflow (WCAG 1.4.10) ${wider.join('\n    ')}`);
    if (width.name === 'phone') {
      const header = await page.evaluate(() =>
        Math.round(document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0),
      );
      if (header > PHONE_HEADER_MAX_HEIGHT) {
        problems.push(`${at}: the header is ${header}px tall (at most ${PHONE_HEADER_MAX_HEIGHT})`);
      }
    }
  }
  await page.setViewportSize(DESKTOP);
  return problems;
}

/** Every page `who` reaches, checked in `locale`; the problems found, readably. */
async function walkAs(who: (typeof VISITORS)[number], locale: Locale): Promise<string[]> {
  const context = await contextIn(locale, who);
  const page = await context.newPage();
  const inFlight = trackRequests(page);
  const problems: string[] = [];
  try {
    for (const [index, target] of walk[who].entries()) {
      const where = `[${locale} · ${who}] ${target.path}`;
      try {
        await open(page, target.path, index === 0);
        await settle(page, inFlight, target.ready);
      } catch (error) {
        problems.push(
          `${where}: did not finish loading (${(error as Error).message.split('\n')[0]})`,
        );
        continue;
      }
      problems.push(...(await problemsOf(page, target, locale, where)));
    }
  } finally {
    await context.close();
  }
  return problems;
}

describe.each(locales)('every page in %s', (locale) => {
  it('passes axe’s WCAG 2.1 A and AA checks, target size, label in name and reflow, at desktop and phone width', async () => {
    // The visitors walk side by side, each in a context of its own, as four people would.
    const problems = (await Promise.all(VISITORS.map((who) => walkAs(who, locale)))).flat();
    expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);
  }, 120_000);
});

describe('the accessibility statement', () => {
  it('gives the ACCESSIBILITY_CONTACT address, or without one sends people to the organisers', async () => {
    // The page's route below must see the API request, which a service worker would make instead.
    const context = await contextIn('en', 'signedOut', 'block');
    const page = await context.newPage();
    await page.goto(`${server.origin}/login`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    const write = page.getByText(/^Write to /);
    await write.getByRole('link', { name: CONTACT }).waitFor();
    expect(await write.getByRole('link').getAttribute('href')).toBe(`mailto:${CONTACT}`);

    await page.route('**/api/accessibility/contact', (route) =>
      route.fulfill({ json: { email: null } }),
    );
    await page.reload();
    await page
      .getByText(
        'Write to the organisers of your network: they run Praxis here, and they are the people who invited you.',
      )
      .waitFor();
    await context.close();
  });
});

describe('the keyboard', () => {
  it('starts in the new page after a link inside the app, not back at the top of the header', async () => {
    const context = await contextIn('en', 'member');
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Threads' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Threads' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await context.close();
  });

  it('goes to a chat room’s composer when the room opens, so a message is one keystroke away', async () => {
    const context = await contextIn('en', 'member');
    const page = await context.newPage();
    await page.goto(`${server.origin}/chat`);
    const rooms = page.getByRole('navigation', { name: 'Rooms' }).getByRole('link');
    await rooms.first().waitFor();
    const composer = page.getByRole('textbox', { name: 'Message' });
    const focused = () => composer.evaluate((field) => field === document.activeElement);

    await rooms.first().click();
    await composer.waitFor();
    await expect.poll(focused).toBe(true);
    await page.keyboard.type('Typed straight after opening the room.');
    await page.keyboard.press('Enter');
    await page.getByRole('log').getByText('Typed straight after opening the room.').waitFor();

    await rooms.nth(1).click();
    await expect.poll(focused).toBe(true);
    await page.reload();
    await composer.waitFor();
    await expect.poll(focused).toBe(true);
    await context.close();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@praxis/api/testing/free-port';
import { mailsTo, receivedBy } from '@praxis/api/testing/mail-inbox';
import { type RunningServer, startServer } from '@praxis/api/testing/server-process';
import { startSmtpSink } from '@praxis/api/testing/smtp-sink';
import type { Locale } from '@praxis/i18n/locales';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createIntl } from 'react-intl';
import { afterAll, beforeAll } from 'vitest';
import type { MessageId } from '../src/lib/i18n/message-ids.ts';

export { type RunningServer, startServer };

export const artifactsDir = fileURLToPath(new URL('./.artifacts/', import.meta.url));

/** A fresh Chromium profile; one per person in a test. */
export async function launchBrowser(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  const profile = await mkdtemp(join(tmpdir(), 'praxis-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  return join(artifactsDir, `${name}.png`);
}

/** The password of every account in the demo network. */
export const DEMO_PASSWORD = 'praxis-demo';

/**
 * A demo member signed in, in their own browser profile; the profile is added to `browsers`,
 * for the caller to close.
 */
export async function signedInDemoMember(
  server: RunningServer,
  email: string,
  browsers: { close(): Promise<void> }[],
): Promise<Page> {
  const browser = await launchBrowser();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  return page;
}

/**
 * The demo network on a server of its own for one test file, on whichever database the run
 * uses, and its members signed in, each in a browser of their own. Registers the file's
 * beforeAll and afterAll, which stop the server and close every browser; call it at the top.
 */
export function demoNetwork(env: Record<string, string> = {}) {
  let running: RunningServer | undefined;
  const browsers: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    running = await startServer({ database: 'any', env: { PRAXIS_SEED: 'demo', ...env } });
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await running?.stop();
  });
  const server = () => {
    if (!running) throw new Error('the demo server has not started');
    return running;
  };
  return {
    get server() {
      return server();
    },
    browsers,
    signedIn: (email: string) => signedInDemoMember(server(), email, browsers),
  };
}

/**
 * Controls named by an aria-label that leaves out their visible text, which voice control users
 * read out to reach them (WCAG 2.5.3; axe's label-content-name-mismatch). Like axe, the visible
 * text is the rendered text nodes run together, so "Chat" and a badge "17" are "Chat17".
 */
export async function labelContentMismatches(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const curate = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s]+/gu, '')
        .replace(/\s+/g, ' ')
        .trim();
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return element.checkVisibility() && box.width > 1 && box.height > 1;
    };
    const controls = document.querySelectorAll(
      'a[aria-label], button[aria-label], [role="link"][aria-label], [role="button"][aria-label], [role="tab"][aria-label], [role="menuitem"][aria-label]',
    );
    return [...controls].flatMap((control) => {
      const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
      let visible = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement && shown(node.parentElement)) visible += node.nodeValue ?? '';
      }
      const label = control.getAttribute('aria-label') ?? '';
      const text = curate(visible);
      // Like axe, a single character or a symbol is not taken for a label.
      if (text.length < 2 || curate(label).includes(text)) return [];
      return [`"${label}" does not contain its visible text "${visible.trim()}"`];
    });
  });
}

/** The domain of reply, bounce and unsubscribe addresses in browser tests with mail. */
export const MAIL_DOMAIN = 'reply.praxis.test';

/**
 * The demo network on a server of its own with real mail both ways: what it sends goes to an
 * SMTP sink, and its own listener takes replies and bounces. Mail goes at the next poll and
 * polls come every second, so nothing waits ten minutes. Registers the file's beforeAll and
 * afterAll; call it at the top.
 */
export function demoNetworkWithMail() {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  let running: RunningServer | undefined;
  let inbound: { host: string; port: number } | undefined;
  const browsers: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    smtp = await startSmtpSink();
    inbound = { host: '127.0.0.1', port: await freePort() };
    running = await startServer({
      database: 'any',
      env: {
        PRAXIS_SEED: 'demo',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Praxis <praxis@praxis.test>',
        MAIL_BATCH_DELAY_SECONDS: '0',
        JOB_POLL_SECONDS: '1',
        INBOUND_EMAIL_DOMAIN: MAIL_DOMAIN,
        INBOUND_SMTP_PORT: String(inbound.port),
        INBOUND_SMTP_HOST: inbound.host,
      },
    });
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await running?.stop();
    await smtp?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the server with mail has not started');
    return value;
  };
  return {
    get server() {
      return started(running);
    },
    /** Where Praxis's SMTP listener takes mail. */
    get inbound() {
      return started(inbound);
    },
    browsers,
    signedIn: (email: string) => signedInDemoMember(started(running), email, browsers),
    /**
     * The `nth` (from 0) mail to `address` whose text matches, once it has come. Read header
     * values from `raw`: the decoded `text` may join folded header lines.
     */
    async mailTo(address: string, matches: RegExp, nth = 0) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const mail = started(smtp).received.filter(
          (received) => received.to.includes(address) && matches.test(received.text),
        )[nth];
        if (mail) return mail;
        if (Date.now() > deadline)
          throw new Error(`no mail ${nth + 1} to ${address} like ${matches}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    /** Like `mailTo`, read as a mail client reads it: subject and text decoded. */
    async parsedMailTo(address: string, matches: RegExp, nth = 0) {
      const mail = await this.mailTo(address, matches, nth);
      const index = receivedBy(started(smtp), address).indexOf(mail);
      const parsed = (await mailsTo(started(smtp), address))[index];
      if (!parsed) throw new Error(`the mail to ${address} could not be read`);
      return parsed;
    },
  };
}

const webCatalogs = fileURLToPath(new URL('../../../packages/i18n/messages/web/', import.meta.url));

/**
 * The web interface's words in `locale`, from its catalogs, as the SPA formats them: a test
 * reads what it expects there, so that it follows the catalogs rather than a copy of them.
 */
export function webText(locale: Locale) {
  const messages: Record<string, string> = {};
  for (const namespace of readdirSync(webCatalogs)) {
    Object.assign(
      messages,
      JSON.parse(readFileSync(join(webCatalogs, namespace, `${locale}.json`), 'utf8')),
    );
  }
  const intl = createIntl({ locale, messages });
  return (id: MessageId, values?: Record<string, string | number>) =>
    intl.formatMessage({ id }, values);
}

/**
 * A pattern for a message whose placeholders hold anything: `like(t('home.page.welcome',
 * { name: ANY }))` matches "Welcome, Amra Hadžić".
 */
export const ANY = '\u0001';
export function like(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.split(ANY).join('.+')}$`);
}

import {
  type IdentityProvider,
  startIdentityProvider,
} from '@praxis/api/testing/identity-provider';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  launchBrowser,
  type RunningServer,
  screenshotPath,
  startServer,
} from './harness.ts';

let idp: IdentityProvider;
let server: RunningServer;
const browsers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  idp = await startIdentityProvider({ names: { 'zara.invited@agency.example': 'Zara Osmanović' } });
  server = await startServer({ database: 'any', env: { PRAXIS_SEED: 'demo', ...idp.env } });
  idp.trust(server.origin);
});
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.stop();
  await idp?.stop();
});

/** A fresh browser at the sign-in page, through the organisation's provider as `email`. */
async function signInWithAgencyId(email: string, screenshot?: string): Promise<Page> {
  const browser = await launchBrowser();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/login`);
  await page.getByRole('link', { name: 'Sign in with Agency ID' }).click();
  await page.waitForURL(`${idp.issuer}/**`);
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('whatever the agency asks');
  if (screenshot) await page.screenshot({ path: await screenshotPath(screenshot) });
  await page.locator('button[type="submit"]').click();
  return page;
}

async function inviteAsOrganiser(email: string) {
  const headers = { origin: server.origin, 'content-type': 'application/json' };
  const login = await fetch(`${server.origin}/api/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: 'organiser1@praxis.example', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const invited = await fetch(`${server.origin}/api/invitations`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({ email }),
  });
  expect(invited.status).toBe(201);
}

describe("signing in with the organisation's identity provider", () => {
  it('offers the button on the sign-in page, beside the password form', async () => {
    const browser = await launchBrowser();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/login`);
    await page.getByRole('link', { name: 'Sign in with Agency ID' }).waitFor();
    await page.screenshot({ path: await screenshotPath('sso-01-sign-in-page') });
    await page.setViewportSize({ width: 375, height: 760 });
    await page.screenshot({ path: await screenshotPath('sso-01-sign-in-page-phone') });
  });

  it('lets an invited e-mail join: the account is created and the welcome page opens', async () => {
    await inviteAsOrganiser('zara.invited@agency.example');
    const page = await signInWithAgencyId('zara.invited@agency.example', 'sso-02-provider-login');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Praxis, Zara' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/welcome');
    await page.screenshot({ path: await screenshotPath('sso-03-joined-welcome') });
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    expect(me.member.email).toBe('zara.invited@agency.example');
  });

  it('signs an existing member in, to their home page', async () => {
    const page = await signInWithAgencyId('member1@praxis.example');
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).search).toBe('');
  });

  it('refuses an e-mail with no invitation, with a page that says what to do', async () => {
    const page = await signInWithAgencyId('stranger@elsewhere.example');
    await page.getByRole('heading', { level: 1, name: 'Sign-in did not go through' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      "Your organisation's sign-in worked, but stranger@elsewhere.example has no invitation to Praxis. Ask an organiser to invite you.",
    );
    expect(page.url()).toBe(`${server.origin}/sso/callback`);
    await page.screenshot({ path: await screenshotPath('sso-04-refused') });
    await page.setViewportSize({ width: 375, height: 760 });
    await page.screenshot({ path: await screenshotPath('sso-04-refused-phone') });
    await page.getByRole('link', { name: 'Back to sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });
});

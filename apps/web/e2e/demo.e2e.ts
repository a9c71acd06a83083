import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, screenshotPath, startServer } from './harness.ts';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startServer({ database: 'embedded', env: { PRAXIS_SEED: 'demo' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the embedded demo network', () => {
  it('prints the demo logins at start-up', () => {
    expect(server.output()).toContain('admin@praxis.example');
    expect(server.output()).toContain('praxis-demo');
  });

  it('lets the demo admin sign in and read the outbox', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForURL(`${server.origin}/login`);
    await page.screenshot({ path: await screenshotPath('10-login') });
    await page.getByLabel('E-mail').fill('admin@praxis.example');
    await page.getByLabel('Password', { exact: true }).fill('praxis-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada' }).waitFor();

    await page.getByRole('button', { name: /account menu/ }).click();
    await page.screenshot({ path: await screenshotPath('11-account-menu') });
    await page.keyboard.press('Escape');
    await page.goto(`${server.origin}/outbox`);
    await page.getByRole('heading', { name: 'E-mail outbox' }).waitFor();
    await page.getByText('The outbox is empty.').waitFor();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetworkWithMail, screenshotPath } from './harness.ts';

// An admin renames the network and gives it a colour of its own; every page follows. A test mail
// goes through the real SMTP server and the page says what the server answered.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 860 };
const ADMIN = 'admin@praxis.example';

const demo = demoNetworkWithMail();

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: await screenshotPath(name), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: await screenshotPath(`${name}-phone`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

const brand = (page: Page) =>
  page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
  );

describe('network settings', () => {
  let admin: Page;

  it('refuses a colour too light to read, then applies the name and colour to every page', async () => {
    admin = await demo.signedIn(ADMIN);
    await admin.goto(`${demo.server.origin}/admin/settings`);
    await admin.getByRole('heading', { level: 1, name: 'Network settings' }).waitFor();

    const accent = admin.getByLabel('Accent colour', { exact: true });
    await accent.fill('#f2b705');
    await admin.getByText(/Contrast only 1\.68:1/).waitFor();
    await admin.getByLabel('Network name').fill('Transfo Alumni');
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin
      .getByRole('alert')
      .getByText(/contrast is 1\.68:1/)
      .waitFor();

    await accent.fill('#7a2e0e');
    await admin.getByText(/Contrast 8\.72:1 with white text and with the page/).waitFor();
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText('Saved. Every page now shows these settings.').waitFor();
    await screenshots(admin, 'network-settings');

    // Another page, loaded afresh: the header, the tab and the colour are the network's.
    await admin.goto(`${demo.server.origin}/threads`);
    await admin.getByRole('link', { name: 'Transfo Alumni' }).first().waitFor();
    expect(await admin.title()).toMatch(/ · Transfo Alumni$/);
    expect(await brand(admin)).toBe('#7a2e0e');
  });

  it('sends a test mail and shows what the mail server answered', async () => {
    await admin.goto(`${demo.server.origin}/admin/settings`);
    await admin.getByRole('button', { name: 'Send me a test mail' }).click();
    await admin
      .getByText(
        /^The mail server accepted the test mail for admin@praxis\.example\. It answered: 250 /,
      )
      .waitFor();
    const mail = await demo.mailTo(ADMIN, /^Subject: Test mail from Transfo Alumni/m);
    expect(mail.text).toContain('If you are reading it');
  });
});

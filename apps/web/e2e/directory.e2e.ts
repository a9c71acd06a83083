import type { Page } from 'playwright-core';
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

async function signIn(page: Page, email: string) {
  await page.goto(`${server.origin}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('praxis-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
}

/** The number in "12 members match …", once the results for the current URL have arrived. */
async function resultCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /member/ });
  await status.waitFor();
  await page.locator('.member-grid[aria-busy="false"], .empty-state').first().waitFor();
  const text = (await status.textContent()) ?? '';
  return Number(/^(\d+)/.exec(text)?.[1] ?? 0);
}

const cards = (page: Page) => page.locator('.member-grid > li');

describe('the directory and profiles', () => {
  it('lets a member find people, filter by cohort, edit their profile and find themself', async () => {
    const page = await browser.context.newPage();
    await signIn(page, 'member1@praxis.example');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Directory' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();
    expect(await resultCount(page)).toBe(73);
    await page.screenshot({ path: await screenshotPath('20-directory'), fullPage: true });
    expect(await cards(page).count()).toBe(24);
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByText('Showing 48 of 73').waitFor();
    // Focus moves on to the first card that arrived, the 25th.
    const focused = await page.evaluate(() =>
      [...document.querySelectorAll('.member-grid > li')].indexOf(
        document.activeElement?.closest('li') as Element,
      ),
    );
    expect(focused).toBe(24);

    await page.getByLabel('Search the network').fill('procurement');
    await page.waitForURL(/q=procurement/);
    await page.getByRole('status').filter({ hasText: '“procurement”' }).waitFor();
    const matches = await resultCount(page);
    expect(matches).toBeGreaterThan(1);
    expect(matches).toBeLessThan(73);
    await expect(cards(page).first().textContent()).resolves.toMatch(/procurement/i);
    await page.screenshot({ path: await screenshotPath('21-directory-search'), fullPage: true });

    const chip = page.getByRole('button', { name: /^La Transfo 2023 \(\d+\)$/ });
    await chip.click();
    await page.waitForURL(/cohort=/);
    await page.getByRole('status').filter({ hasText: 'and your filters' }).waitFor();
    const inCohort = await resultCount(page);
    expect(inCohort).toBeGreaterThan(0);
    expect(inCohort).toBeLessThan(matches);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    for (const card of await cards(page).all()) {
      await card
        .getByRole('listitem')
        .filter({ hasText: /^La Transfo 2023$/ })
        .waitFor();
    }
    await page.screenshot({ path: await screenshotPath('22-directory-cohort'), fullPage: true });

    // The back button undoes the filter; forward brings it back; the chip clears it too.
    await page.goBack();
    await page
      .getByRole('status')
      .filter({ hasText: /match “procurement”\.$/ })
      .waitFor();
    expect(await resultCount(page)).toBe(matches);
    await page.goForward();
    await page.getByRole('status').filter({ hasText: 'and your filters' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /match “procurement”\.$/ })
      .waitFor();
    expect(await resultCount(page)).toBe(matches);
    expect(page.url()).not.toContain('cohort=');

    await page.getByLabel('Search the network').fill('procurement -zzzz "basket weaving"');
    await page.getByText('Try fewer or other words.').waitFor();
    await page.screenshot({ path: await screenshotPath('23-directory-empty') });
    await page.getByRole('button', { name: 'Clear the search' }).click();
    expect(await resultCount(page)).toBe(73);
    await expect(page.getByLabel('Search the network').inputValue()).resolves.toBe('');

    await page.getByLabel('Search the network').fill('procurement');
    await page.getByRole('status').filter({ hasText: '“procurement”' }).waitFor();
    const firstCard = cards(page).first();
    const name = (await firstCard.getByRole('heading', { level: 3 }).textContent()) ?? '';
    await firstCard.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ask for advice' }).waitFor();
    await page.screenshot({ path: await screenshotPath('24-profile'), fullPage: true });

    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('link', { name: 'Your profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await page.getByLabel('Headline').fill('Service designer now learning to buy innovation');
    const expertise = page.getByRole('textbox', { name: 'Expertise', exact: true });
    await expertise.fill('circular economy');
    await expertise.press('Enter');
    await page.getByRole('button', { name: 'Remove circular economy' }).waitFor();
    await page.screenshot({ path: await screenshotPath('25-edit-profile'), fullPage: true });

    // Too big a picture is refused before anything is sent.
    await page.getByLabel('Choose a picture').setInputFiles({
      name: 'holiday.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.alloc(6 * 1024 * 1024),
    });
    await page.getByText('the limit is 5 MB').waitFor();
    // A picture of the initials themselves: a real PNG for the server to check and re-encode.
    const picture = await page.locator('.avatar-editor .avatar').screenshot();
    await page.getByLabel('Choose a picture').setInputFiles({
      name: 'me.png',
      mimeType: 'image/png',
      buffer: picture,
    });
    await page.getByRole('img', { name: 'Preview of your new avatar' }).waitFor();
    await page
      .locator('.avatar-editor')
      .screenshot({ path: await screenshotPath('25-avatar-preview') });
    await page.getByRole('button', { name: 'Use this picture' }).click();
    await page.getByText('Your new picture is saved.').waitFor();
    await page.locator('.avatar-editor img[alt="Amra Delić"]').waitFor();

    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();
    await page.screenshot({ path: await screenshotPath('26-profile-saved') });
    await page.getByRole('link', { name: 'See your profile', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Amra Delić' }).waitFor();
    await page.getByText('Service designer now learning to buy innovation').waitFor();
    await page
      .getByRole('list', { name: 'Expertise' })
      .getByRole('listitem')
      .filter({ hasText: 'circular economy' })
      .waitFor();
    await page.getByRole('link', { name: 'Edit your profile' }).waitFor();
    await page.getByRole('img', { name: 'Amra Delić' }).waitFor();
    await page.screenshot({ path: await screenshotPath('27-own-profile'), fullPage: true });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Directory' })
      .click();
    await page.getByLabel('Search the network').fill('circular');
    await page.getByRole('status').filter({ hasText: '“circular”' }).waitFor();
    expect(await resultCount(page)).toBe(1);
    await cards(page).getByRole('link', { name: 'Amra Delić' }).waitFor();
    await cards(page).locator('img.avatar').waitFor();
    await page.screenshot({ path: await screenshotPath('28-directory-self') });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.origin}/directory?q=procurement`);
    await page.getByRole('status').filter({ hasText: '“procurement”' }).waitFor();
    await page.screenshot({ path: await screenshotPath('31-directory-phone'), fullPage: true });
    await page.getByRole('button', { name: 'Show filters' }).click();
    await page.getByRole('button', { name: /^Open to advise/ }).waitFor();
    await page.screenshot({ path: await screenshotPath('31-directory-phone-filters') });
    await cards(page).first().getByRole('link').click();
    await page.getByRole('link', { name: 'Back to the results' }).waitFor();
    await page.screenshot({ path: await screenshotPath('32-profile-phone'), fullPage: true });
    await page.getByRole('link', { name: 'Back to the results' }).click();
    await page.getByRole('status').filter({ hasText: '“procurement”' }).waitFor();
    await page.close();
  });

  it('shows the field errors of a refused profile and keeps what was typed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await page.getByRole('button', { name: 'Remove picture' }).click();
    await page.getByText('Your picture is removed.').waitFor();
    await page.getByLabel('Choose a picture').waitFor();
    await page.getByLabel('Handle').fill('Not a handle!');
    await page.getByRole('button', { name: 'Add a link' }).click();
    await page.getByLabel('Label').fill('Blog');
    await page.getByLabel('Web address').fill('ftp://example.org');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('alert').filter({ hasText: 'Handle:' }).waitFor();
    await page.getByText('starting with https://').first().waitFor();
    await expect(page.getByLabel('Handle').inputValue()).resolves.toBe('Not a handle!');
    await page.screenshot({ path: await screenshotPath('29-profile-errors'), fullPage: true });
    await page.close();
  });

  it('gives an organiser the means to deactivate a member', async () => {
    const { context, close } = await launchBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/login`);
      await page.getByLabel('E-mail').fill('admin@praxis.example');
      await page.getByLabel('Password', { exact: true }).fill('praxis-demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
      await page.goto(`${server.origin}/members/amra-delic`);
      await page.getByRole('heading', { level: 2, name: 'Manage member' }).waitFor();
      page.once('dialog', (dialog) => dialog.accept());
      await page.getByRole('button', { name: 'Deactivate Amra Delić' }).click();
      await page.getByText('Amra Delić is deactivated.').waitFor();
      await page.screenshot({ path: await screenshotPath('30-profile-admin'), fullPage: true });
      page.once('dialog', (dialog) => dialog.accept());
      await page.getByRole('button', { name: 'Reactivate Amra Delić' }).click();
      await page.getByText('Amra Delić is active again.').waitFor();
      await page.close();
    } finally {
      await close();
    }
  });
});

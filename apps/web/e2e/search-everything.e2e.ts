import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// The header's one search over the demo network: a chat message of the network room and a
// meetup, found from the box and opened, the message in its room's history.

const demo = demoNetwork();

describe('the header search', () => {
  it('finds a chat message and a meetup, and opens them (the message in its room, marked)', async () => {
    const page = await demo.signedIn('member1@praxis.example');
    const box = page.getByRole('combobox', { name: 'Search Praxis' });

    await box.fill('childcare');
    const results = page.getByRole('listbox', { name: 'Search results' });
    const messages = results.getByRole('group', { name: 'Chat messages' });
    const message = messages.getByRole('option').filter({ hasText: 'childcare' });
    await message.waitFor();
    // The arrows move through the options across the groups, to the message; Enter opens it.
    const ids = await results
      .getByRole('option')
      .evaluateAll((options) => options.map((option) => option.id));
    const messageId = await message.getAttribute('id');
    for (let step = 0; step <= ids.indexOf(messageId ?? ''); step += 1)
      await box.press('ArrowDown');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(messageId);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: await screenshotPath('search-everything-1280') });
    await box.press('Enter');

    await page.waitForURL(/\/chat\/[0-9a-f-]{36}\?message=[0-9a-f-]{36}$/);
    const found = page.locator('.chat-message-found');
    await found.waitFor();
    expect(await found.textContent()).toContain('cover childcare');
    // The room opens at the message, in view, not at the latest messages.
    await expect
      .poll(() =>
        found.evaluate((entry) => {
          const { top, bottom } = entry.getBoundingClientRect();
          return top >= 0 && bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: await screenshotPath('search-everything-chat-1280') });

    // The room's own search finds messages of that room alone, each opening the room at it.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole('button', { name: 'Search this room' }).click();
    await page.getByRole('searchbox', { name: 'Search this room' }).fill('summary');
    await page.locator('.chat-room-search').getByRole('button', { name: 'Search' }).click();
    await page.locator('.chat-search-hits a').first().waitFor();
    await page.screenshot({ path: await screenshotPath('search-room-375') });

    await page.locator('.header-search-toggle').click();
    await box.fill('Sarajevo');
    const meetup = results
      .getByRole('group', { name: 'Meetups' })
      .getByRole('option', { name: /Inter-Transfo in Sarajevo/ });
    await meetup.waitFor();
    await page.screenshot({ path: await screenshotPath('search-everything-375') });
    await meetup.click();
    await page.waitForURL(/\/meetups\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Inter-Transfo in Sarajevo' }).waitFor();

    // The search page shows the same kinds, the threads below.
    await page.goto(`${demo.server.origin}/search?q=Sarajevo`);
    const meetups = page.getByRole('region', { name: 'Meetups' });
    await meetups.getByRole('link', { name: 'Inter-Transfo in Sarajevo' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Chat messages' }).waitFor();
    await page.screenshot({ path: await screenshotPath('search-page-375'), fullPage: true });
  });
});

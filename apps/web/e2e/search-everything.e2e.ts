import type { Page } from 'playwright-core';
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

  it('pages the chat messages found, and keeps what is said live below an old message until the member jumps to it', async () => {
    const writer = await demo.signedIn('member2@praxis.example');
    const reader = await demo.signedIn('member1@praxis.example');
    await writer.goto(`${demo.server.origin}/chat`);
    await writer
      .getByRole('navigation', { name: 'Rooms' })
      .getByRole('link', { name: /^Everyone/ })
      .click();
    // The message found, then more than the window around it holds, so newer history is left.
    await say(writer, 'The larkspur budget is signed off.');
    for (let index = 1; index <= 27; index += 1) {
      // A member sends at most 20 messages in 10 seconds.
      if (index === 15) await writer.waitForTimeout(10_500);
      await say(writer, `Quillon note ${index}`);
    }
    await writer.getByRole('log').getByText('Quillon note 27').waitFor();
    await expect.poll(() => writer.getByText('Sending…').count()).toBe(0);
    expect(await writer.getByText('Not sent.').count()).toBe(0);

    // The search page shows ten of the 27 messages, and ten more on asking.
    await reader.goto(`${demo.server.origin}/search?q=quillon`);
    const found = reader.getByRole('region', { name: 'Chat messages', exact: true });
    await expect.poll(() => found.getByRole('listitem').count()).toBe(10);
    await found.getByRole('button', { name: 'More chat messages' }).click();
    await expect.poll(() => found.getByRole('listitem').count()).toBe(20);
    await reader.setViewportSize({ width: 375, height: 812 });
    await found.screenshot({ path: await screenshotPath('search-page-more-375') });
    await reader.setViewportSize({ width: 1280, height: 800 });
    await reader.screenshot({ path: await screenshotPath('search-page-more-1280') });

    await reader.goto(`${demo.server.origin}/search?q=larkspur`);
    await reader
      .getByRole('region', { name: 'Chat messages', exact: true })
      .getByRole('link')
      .first()
      .click();
    await reader.waitForURL(/\/chat\/[0-9a-f-]{36}\?message=[0-9a-f-]{36}$/);
    await reader.locator('.chat-message-found').filter({ hasText: 'larkspur budget' }).waitFor();
    await reader.getByRole('button', { name: 'Show newer messages' }).waitFor();

    await say(writer, 'Fresh larkspur news: the contract is out.');
    const jump = reader.getByRole('link', { name: '1 new message — jump to latest' });
    await jump.waitFor();
    // Not shown after a gap under the old messages: it waits until the member goes there.
    expect(await reader.getByRole('log').getByText('Fresh larkspur news').count()).toBe(0);
    await reader.setViewportSize({ width: 375, height: 812 });
    await reader.screenshot({ path: await screenshotPath('chat-jump-latest-375') });
    await reader.setViewportSize({ width: 1280, height: 800 });
    await reader.screenshot({ path: await screenshotPath('chat-jump-latest-1280') });

    await jump.click();
    await reader.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    const last = reader.getByRole('log').locator('.chat-messages > li').last();
    await expect
      .poll(() => last.textContent())
      .toContain('Fresh larkspur news: the contract is out.');
    expect(await reader.getByRole('log').getByText('Fresh larkspur news').count()).toBe(1);
    expect(await reader.getByRole('log').getByText('Quillon note 27').count()).toBe(1);
  });
});

async function say(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => box.inputValue()).toBe('');
}

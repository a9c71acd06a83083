import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messageBy, openCohortRoom } from './chat-pages.ts';
import { demoNetwork, screenshotPath } from './harness.ts';

// Two members of the BiH cohort in its room: one reacts to the other's message, who sees it
// arrive live, with who reacted; then takes the reaction back, and it goes for both. The author
// then sees who reacted by name, on a phone, where nothing hovers. Then one writes to the other
// from the other's question, which the conversation carries as a link.

const demo = demoNetwork();

let lejla: Page;
let tarik: Page;
// A retried first test sends its message again: each try writes its own, so that what follows
// finds one message, not two.
let tries = 0;
let venue = '';

describe('reactions in a chat room', () => {
  it('shows a reaction to the author live, named, and takes it away when toggled off', async () => {
    tries += 1;
    venue =
      tries === 1 ? 'The Mostar venue is booked.' : `The Mostar venue is booked, try ${tries}.`;
    lejla = await demo.signedIn('member3@praxis.example');
    tarik = await demo.signedIn('member6@praxis.example');
    await openCohortRoom(lejla);
    await openCohortRoom(tarik);
    await lejla.getByRole('textbox', { name: 'Message' }).fill(venue);
    await lejla.getByRole('textbox', { name: 'Message' }).press('Enter');

    const theirs = messageBy(tarik, venue);
    await theirs.getByRole('button', { name: 'Add a reaction' }).click();
    await theirs.getByRole('group', { name: 'React with' }).waitFor();
    await tarik.screenshot({ path: await screenshotPath('chat-reaction-picker-1280') });
    await theirs.getByRole('button', { name: 'React with 🎉' }).click();
    const mine = theirs.getByRole('button', { name: /^🎉 1 reaction, from Tarik/ });
    await expect.poll(() => mine.getAttribute('aria-pressed')).toBe('true');
    // The picker closed and gave the focus back to the button that opened it.
    expect(await theirs.getByRole('group', { name: 'React with' }).count()).toBe(0);
    expect(
      await theirs
        .getByRole('button', { name: 'Add a reaction' })
        .evaluate((button) => document.activeElement === button),
    ).toBe(true);

    const seen = messageBy(lejla, venue).getByRole('button', {
      name: /^🎉 1 reaction, from Tarik/,
    });
    await seen.waitFor();
    expect(await seen.getAttribute('aria-pressed')).toBe('false');
    const box = await seen.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await lejla.setViewportSize({ width: 375, height: 812 });
    await lejla.screenshot({ path: await screenshotPath('chat-reactions-375') });

    await mine.click();
    await messageBy(lejla, venue)
      .getByRole('button', { name: /^🎉/ })
      .waitFor({ state: 'detached' });
    // Her page may hear of it before his own answer reaches him.
    await expect.poll(() => theirs.getByRole('button', { name: /^🎉/ }).count()).toBe(0);
  });

  it('shows the author, on a phone, the name of the member who reacted, live', async () => {
    const theirs = messageBy(tarik, venue);
    await theirs.getByRole('button', { name: 'Add a reaction' }).click();
    await theirs.getByRole('button', { name: 'React with 👀' }).click();

    const message = messageBy(lejla, venue);
    const who = message.getByRole('button', { name: 'Who reacted' });
    await who.click();
    expect(await who.getAttribute('aria-expanded')).toBe('true');
    const names = message.getByRole('list').getByRole('listitem');
    await expect.poll(() => names.allTextContents()).toEqual(['👀 Tarik Mehmedović']);
    // A mouse resting on the reaction reads the same.
    expect(await message.getByRole('button', { name: /^👀/ }).getAttribute('title')).toBe(
      '👀 1 reaction, from Tarik Mehmedović',
    );
    await lejla.screenshot({ path: await screenshotPath('chat-reaction-names-375') });

    // Her own reaction joins the list live, named as hers.
    await message.getByRole('button', { name: /^👀/ }).click();
    await expect.poll(() => names.allTextContents()).toEqual(['👀 You and Tarik Mehmedović']);
    await lejla.setViewportSize({ width: 1280, height: 800 });
    await lejla.screenshot({ path: await screenshotPath('chat-reaction-names-1280') });
    await lejla.setViewportSize({ width: 375, height: 812 });
  });
});

describe('Message from a question', () => {
  const QUESTION = 'Onboarding a citizen panel: what do you send people before the first session?';

  it('opens the conversation with the asker carrying the question, sent as a link with the first message', async () => {
    await lejla.goto(`${demo.server.origin}/threads?kind=question`);
    await lejla.getByRole('link', { name: QUESTION }).click();
    const message = lejla.getByRole('button', { name: 'Message Tarik' });
    await message.waitFor();
    await lejla.screenshot({ path: await screenshotPath('thread-message-asker-375') });
    await message.click();
    await lejla.getByRole('heading', { level: 1, name: 'Tarik Mehmedović' }).waitFor();
    const note = lejla.getByRole('complementary', { name: /^About the question:/ });
    await note.getByRole('link', { name: QUESTION }).waitFor();
    await lejla.screenshot({ path: await screenshotPath('chat-carried-question-375') });
    await lejla.setViewportSize({ width: 1280, height: 860 });
    await lejla.screenshot({ path: await screenshotPath('chat-carried-question-1280') });

    await lejla.getByRole('textbox', { name: 'Message' }).fill('Happy to share our welcome pack.');
    await lejla.getByRole('textbox', { name: 'Message' }).press('Enter');
    const sent = messageBy(lejla, 'Happy to share our welcome pack.');
    await sent.getByRole('link', { name: QUESTION }).waitFor();
    expect(await sent.textContent()).toContain(`About the question ${QUESTION}:`);
    await note.waitFor({ state: 'detached' });
  });
});

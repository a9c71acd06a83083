import type { MentionSuggestions } from '@praxis/contracts/writing';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// Writing a reply on a phone: `@` and a few letters suggest the members who can read the thread,
// picked by keyboard; Preview shows the server's cooking; the draft outlives a reload and is
// gone once the reply is posted. A new thread's draft keeps its kind, title and tags as well as its
// text, until its writer discards it.

const demo = demoNetwork();

describe('the composers', () => {
  it('suggest members to mention in a reply and a chat room, preview, and keep a draft until it is posted or its writer signs out', async () => {
    const page = await demo.signedIn('member1@praxis.example');
    await page.setViewportSize({ width: 375, height: 812 });
    const request = page.context().request;
    const threads = (await (await request.get(`${demo.server.origin}/api/threads`)).json()) as {
      threads: { id: string }[];
    };
    const threadId = threads.threads[0]?.id ?? '';
    const suggestions = (await (
      await request.get(`${demo.server.origin}/api/mentions?q=a&thread=${threadId}`)
    ).json()) as MentionSuggestions;
    const handle = suggestions.members[0]?.handle ?? '';
    expect(handle).not.toBe('');

    await page.goto(`${demo.server.origin}/threads/${threadId}`);
    const composer = page.getByRole('textbox', { name: 'Your reply' });
    await composer.click();
    await composer.pressSequentially(`Thanks @${handle.slice(0, 3)}`);
    const list = page.getByRole('listbox', { name: 'Members to mention' });
    const option = list.getByRole('option', { name: new RegExp(`@${handle}$`) });
    await option.waitFor();
    const options = await list.getByRole('option').allTextContents();
    const index = options.findIndex((text) => text.endsWith(`@${handle}`));
    await page.screenshot({ path: await screenshotPath('composer-mentions-375') });
    for (let step = 0; step < index; step += 1) await composer.press('ArrowDown');
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    await composer.press('Enter');
    await expect.poll(() => composer.inputValue()).toBe(`Thanks @${handle} `);
    expect(await list.count()).toBe(0);
    await composer.pressSequentially('for **this**.');

    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview: Your reply' });
    await preview.getByRole('link', { name: `@${handle}` }).waitFor();
    expect(await preview.locator('strong').textContent()).toBe('this');
    await page.screenshot({ path: await screenshotPath('composer-preview-375') });
    await page.getByRole('button', { name: 'Write' }).click();

    const written = `Thanks @${handle} for **this**.`;
    await page.reload();
    await expect.poll(() => composer.inputValue()).toBe(written);
    await page.getByText('Draft kept in this browser.').waitFor();

    await page.getByRole('button', { name: 'Post reply' }).click();
    await page.locator('.reply-list').getByText('Thanks').last().waitFor();
    await expect.poll(() => composer.inputValue()).toBe('');
    await page.reload();
    await page.getByRole('heading', { name: 'Add a reply' }).waitFor();
    expect(await composer.inputValue()).toBe('');
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('praxis.draft.')),
      ),
    ).toEqual([]);

    await page.goto(`${demo.server.origin}/threads/new`);
    await page.getByLabel('Success story').check();
    await page.getByLabel('Title').fill('A pilot that moved a ministry');
    await page.getByLabel('Tags').fill('pilots');
    await page.getByLabel('Tags').press('Enter');
    const context = page.getByLabel('Context', { exact: true });
    await context.fill('Our ministry had never run a pilot.');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Title').inputValue())
      .toBe('A pilot that moved a ministry');
    expect(await page.getByLabel('Success story').isChecked()).toBe(true);
    expect(await page.getByRole('list', { name: 'Tags' }).textContent()).toContain('pilots');
    await expect.poll(() => context.inputValue()).toBe('Our ministry had never run a pilot.');
    const discard = page.getByRole('button', { name: 'Discard this draft' });
    await discard.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('new-thread-draft-375') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: await screenshotPath('new-thread-draft-1280'), fullPage: true });
    page.once('dialog', (dialog) => dialog.accept());
    await discard.click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('');
    expect(await page.getByLabel('Question').isChecked()).toBe(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'New thread' }).waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe('');
    expect(await page.getByLabel('Question').isChecked()).toBe(true);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('praxis.draft.')),
      ),
    ).toEqual([]);

    // In a chat room, on a wide screen, Enter with the list open picks a member: it sends nothing.
    const rooms = (await (await request.get(`${demo.server.origin}/api/rooms`)).json()) as {
      rooms: { id: string; kind: string }[];
    };
    const network = rooms.rooms.find((room) => room.kind === 'network');
    await page.goto(`${demo.server.origin}/chat/${network?.id}`);
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.pressSequentially(`@${handle.slice(0, 3)}`);
    await page.getByRole('listbox', { name: 'Members to mention' }).waitFor();
    await page.screenshot({ path: await screenshotPath('composer-chat-mentions-1280') });
    const index2 = (await page.getByRole('option').allTextContents()).findIndex((text) =>
      text.endsWith(`@${handle}`),
    );
    for (let step = 0; step < index2; step += 1) await message.press('ArrowDown');
    await message.press('Enter');
    await expect.poll(() => message.inputValue()).toBe(`@${handle} `);

    // That room's draft is kept until its writer signs out.
    const draftKeys = () =>
      page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('praxis.draft.')),
      );
    await expect.poll(draftKeys).toHaveLength(1);
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    expect(await draftKeys()).toEqual([]);
  });
});

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// Attaching a picture to a reply: the upload shows its progress (held back here until looked
// at), the reply carries it, and the thread shows it inline from its thumbnail. In chat, the
// message waits for its upload, and the other member sees the picture in the room. Editing a
// reply changes its files, and the other member's open page shows the change.

const demo = demoNetwork();

/** Holds every upload until the returned function is called, so that its progress shows. */
async function holdUploads(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/attachments?*', async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** The picture is on the page and its bytes arrived and decoded (not a broken image). */
async function showsPicture(image: Locator) {
  await image.waitFor();
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBeGreaterThan(0);
}

/** In an edit form: removes the picture `removed` and attaches `added` in its place. */
async function swapPicture(form: Locator, removed: string, added: string, picture: Buffer) {
  await form.getByRole('button', { name: `Remove ${removed}` }).click();
  await form.getByText('1 file removed: deleted when you save.').waitFor();
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: added, mimeType: 'image/png', buffer: picture });
  await form.getByRole('list', { name: 'Attached files' }).getByText(added).waitFor();
}

describe('attachments', () => {
  it('attaches a picture to a reply with a progress bar, and shows it inline', async () => {
    const page = await demo.signedIn('member1@praxis.example');
    const request = page.context().request;
    const threads = (await (await request.get(`${demo.server.origin}/api/threads`)).json()) as {
      threads: { id: string }[];
    };
    await page.goto(`${demo.server.origin}/threads/${threads.threads[0]?.id ?? ''}`);
    // A real picture to upload: this very page, as PNG.
    const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } });

    const release = await holdUploads(page);
    await page.getByRole('textbox', { name: 'Your reply' }).fill('Our workshop wall, as promised.');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'workshop wall.png', mimeType: 'image/png', buffer: picture });
    const progress = page.getByRole('progressbar');
    await progress.waitFor();
    await page.getByText('Uploading workshop wall.png').waitFor();
    await page.setViewportSize({ width: 375, height: 812 });
    await progress.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('attachments-uploading-375') });
    release();
    await page
      .getByRole('list', { name: 'Attached files' })
      .getByText(/workshop wall\.png/)
      .waitFor();
    expect(await progress.count()).toBe(0);

    await page.getByRole('button', { name: 'Post reply' }).click();
    const inline = page.getByRole('img', {
      name: 'Picture: workshop wall.png (opens the full picture)',
    });
    await showsPicture(inline);
    // The composer empties once the post is answered, which may come after the list shows it.
    await expect.poll(() => page.getByRole('list', { name: 'Attached files' }).count()).toBe(0);
    await inline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('attachments-inline-375') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await inline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('attachments-inline-1280') });
  });

  it('sends a picture in chat only once uploaded, and the other member sees it inline', async () => {
    const page = await demo.signedIn('member1@praxis.example');
    const rooms = (await (
      await page.context().request.get(`${demo.server.origin}/api/rooms`)
    ).json()) as { rooms: { id: string; kind: string }[] };
    const roomPath = `/chat/${rooms.rooms.find((room) => room.kind === 'network')?.id}`;
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${demo.server.origin}${roomPath}`);
    const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 180 } });
    const release = await holdUploads(page);
    await page.getByRole('textbox', { name: 'Message' }).fill('The board after today.');
    await page
      .locator('.chat-composer input[type="file"]')
      .setInputFiles({ name: 'chat board.png', mimeType: 'image/png', buffer: picture });
    await page.getByText('Waiting for the files to finish uploading…').waitFor();
    const send = page.getByRole('button', { name: 'Send', exact: true });
    expect(await send.isDisabled()).toBe(true);
    await page.screenshot({ path: await screenshotPath('attachments-chat-uploading-375') });
    release();
    await page
      .getByRole('list', { name: 'Attached files' })
      .getByText(/chat board/)
      .waitFor();
    await send.click();

    const other = await demo.signedIn('member2@praxis.example');
    await other.goto(`${demo.server.origin}${roomPath}`);
    const inline = other.getByRole('img', {
      name: 'Picture: chat board.png (opens the full picture)',
    });
    await showsPicture(inline);
    await other.screenshot({ path: await screenshotPath('attachments-chat-inline-1280') });
  });

  it("edits a reply's files: its picture removed, another added, and the other member sees the change", async () => {
    const page = await demo.signedIn('member1@praxis.example');
    const origin = demo.server.origin;
    const api = (path: string, data: object | Buffer, type = 'application/json') =>
      page.request.post(`${origin}${path}`, { headers: { origin, 'content-type': type }, data });
    const thread = await (
      await api('/api/threads', { kind: 'discussion', title: 'Walls we drew', body: 'Pictures.' })
    ).json();
    await page.goto(`${origin}/threads/${thread.id}`);
    const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } });
    const before = await (
      await api('/api/attachments?name=before.png', picture, 'image/png')
    ).json();
    await api(`/api/threads/${thread.id}/replies`, {
      body: 'The wall before.',
      attachmentIds: [before.id],
    });

    const other = await demo.signedIn('member2@praxis.example');
    await other.goto(`${origin}/threads/${thread.id}`);
    const pictureNamed = (name: string) =>
      other.getByRole('img', { name: `Picture: ${name} (opens the full picture)` });
    await pictureNamed('before.png').waitFor();

    await page.reload();
    // The thread is member1's too: the reply's own Edit, not the thread's.
    await page.locator('article.reply').getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.locator('.reply-edit-form');
    await swapPicture(form, 'before.png', 'after.png', picture);
    await page.setViewportSize({ width: 375, height: 812 });
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('attachments-edit-reply-375') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('attachments-edit-reply-1280') });
    await form.getByRole('button', { name: 'Save reply' }).click();
    await form.waitFor({ state: 'detached' });

    await pictureNamed('after.png').waitFor();
    await expect.poll(() => pictureNamed('before.png').count()).toBe(0);
    expect((await other.request.get(`${origin}${before.url}`)).status()).toBe(404);
  });

  it('sends a picture alone from a phone’s one-row composer, and the other member sees it', async () => {
    const page = await demo.signedIn('member3@praxis.example');
    const rooms = (await (
      await page.context().request.get(`${demo.server.origin}/api/rooms`)
    ).json()) as { rooms: { id: string; kind: string }[] };
    const roomPath = `/chat/${rooms.rooms.find((room) => room.kind === 'network')?.id}`;
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${demo.server.origin}${roomPath}`);
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.waitFor();
    // Write/Preview and the language wait behind their toggle, which says whether it is open.
    const preview = page.getByRole('button', { name: 'Preview' });
    const options = page.getByRole('button', { name: 'More options' });
    expect(await preview.isVisible()).toBe(false);
    await options.click();
    expect(await options.getAttribute('aria-expanded')).toBe('true');
    await preview.waitFor();
    await page.getByLabel('Language of this text').waitFor();
    // A preview left open when the options close gives the field back, not a preview with no tab.
    await preview.click();
    expect(await message.isVisible()).toBe(false);
    await options.click();
    expect(await preview.isVisible()).toBe(false);
    await message.waitFor({ state: 'visible' });

    const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 180 } });
    await page
      .locator('.chat-composer input[type="file"]')
      .setInputFiles({ name: 'alone.png', mimeType: 'image/png', buffer: picture });
    const ready = page.getByRole('list', { name: 'Attached files' });
    await ready.getByText(/alone\.png/).waitFor();
    await page.screenshot({ path: await screenshotPath('attachments-chat-alone-ready-375') });
    await message.focus();
    await message.press('Enter');
    const name = 'Picture: alone.png (opens the full picture)';
    await page.getByRole('log').getByRole('img', { name }).waitFor();
    await expect.poll(() => ready.count()).toBe(0);

    const other = await demo.signedIn('member4@praxis.example');
    await other.setViewportSize({ width: 375, height: 812 });
    await other.goto(`${demo.server.origin}${roomPath}`);
    const inline = other.getByRole('log').getByRole('img', { name });
    await showsPicture(inline);
    await other.screenshot({ path: await screenshotPath('attachments-chat-alone-375') });
  });

  it('edits a chat message’s files: its picture swapped for another and a caption added, which the other member sees', async () => {
    const page = await demo.signedIn('member5@praxis.example');
    const rooms = (await (
      await page.context().request.get(`${demo.server.origin}/api/rooms`)
    ).json()) as { rooms: { id: string; kind: string }[] };
    const roomPath = `/chat/${rooms.rooms.find((room) => room.kind === 'network')?.id}`;
    await page.goto(`${demo.server.origin}${roomPath}`);
    const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 180 } });
    await page
      .locator('.chat-composer input[type="file"]')
      .setInputFiles({ name: 'first.png', mimeType: 'image/png', buffer: picture });
    await page
      .getByRole('list', { name: 'Attached files' })
      .getByText(/first\.png/)
      .waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const sent = page.locator('.chat-messages > li').filter({
      has: page.getByRole('img', { name: 'Picture: first.png (opens the full picture)' }),
    });
    await sent.waitFor();
    // The picture leaves the item while it is edited: hold on to the item itself.
    const item = page.locator(`[data-entry="${await sent.getAttribute('data-entry')}"]`);

    await item.getByRole('button', { name: 'Edit' }).click();
    const form = item.locator('form');
    await swapPicture(form, 'first.png', 'second.png', picture);
    await form.getByRole('textbox', { name: 'Edited text' }).fill('The cleaner version.');
    await page.screenshot({ path: await screenshotPath('attachments-chat-edit-1280') });
    await form.getByRole('button', { name: 'Save' }).click();

    const other = await demo.signedIn('member6@praxis.example');
    await other.goto(`${demo.server.origin}${roomPath}`);
    const edited = other
      .getByRole('log')
      .getByRole('listitem')
      .filter({ hasText: 'The cleaner version.' });
    await edited
      .getByRole('img', { name: 'Picture: second.png (opens the full picture)' })
      .waitFor();
    expect(await other.getByRole('img', { name: /first\.png/ }).count()).toBe(0);
  });
});

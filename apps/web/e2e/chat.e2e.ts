import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messageBy, nextHello, openCohortRoom } from './chat-pages.ts';
import { demoNetwork, labelContentMismatches, screenshotPath } from './harness.ts';

// The demo network on whichever database the run uses (PostgreSQL in CI). Two members of the
// BiH cohort, each in their own browser, talk in their cohort's room; one loses the network,
// writes meanwhile, comes back and finds what was said while away.

const demo = demoNetwork();

const LEJLA = 'Lejla Hadžić';
const log = (page: Page) => page.getByRole('log');

describe('chat in a cohort room', () => {
  let lejla: Page;
  let tarik: Page;

  it('shows one member typing to the other, then the message, with who is online', async () => {
    lejla = await demo.signedIn('member3@praxis.example');
    tarik = await demo.signedIn('member6@praxis.example');
    await openCohortRoom(lejla);
    await openCohortRoom(tarik);

    await lejla
      .getByRole('textbox', { name: 'Message' })
      .fill('Who is coming to Mostar on Friday?');
    await tarik.getByText(`${LEJLA} is typing…`).waitFor();
    await tarik.screenshot({ path: await screenshotPath('chat-1-typing') });
    await lejla.getByRole('textbox', { name: 'Message' }).press('Enter');

    const received = messageBy(tarik, 'Who is coming to Mostar on Friday?');
    await received.waitFor();
    await received.getByRole('img', { name: 'online' }).waitFor();
    expect(await tarik.getByText(`${LEJLA} is typing…`).count()).toBe(0);
    await messageBy(lejla, 'Who is coming to Mostar on Friday?').waitFor();
    expect(await lejla.getByText('Sending…').count()).toBe(0);

    await tarik.getByRole('textbox', { name: 'Message' }).fill('I am, with **two** colleagues.');
    await tarik.getByRole('button', { name: 'Send' }).click();
    const reply = messageBy(lejla, 'I am, with two colleagues.');
    await reply.waitFor();
    expect(await reply.locator('strong').textContent()).toBe('two');
    await reply.getByRole('img', { name: 'online' }).waitFor();
    await lejla.screenshot({ path: await screenshotPath('chat-2-conversation') });
  });

  it('gives a room the whole phone screen below the header, the composer and the last message in sight with the keyboard open', async () => {
    try {
      // A window 450 px high is what a 375×812 phone leaves above its on-screen keyboard.
      for (const height of [812, 450]) {
        await lejla.setViewportSize({ width: 375, height });
        await expect
          .poll(() =>
            lejla.evaluate(() => {
              const box = (selector: string) =>
                document.querySelector(selector)?.getBoundingClientRect();
              const main = box('#main');
              const room = box('.chat-room');
              const log = box('.chat-log');
              const composer = box('.chat-composer');
              const last = box('.chat-messages > li:last-child');
              if (!main || !room || !log || !composer || !last) return 'the room is not shown';
              return {
                pageScrolls: document.documentElement.scrollHeight > window.innerHeight,
                roomFromBelowHeader: Math.round(room.top) === Math.round(main.top),
                roomToBottom: Math.round(room.bottom) === window.innerHeight,
                composerInSight: composer.bottom <= window.innerHeight,
                lastMessageInSight: last.bottom > log.top && last.bottom <= log.bottom + 1,
              };
            }),
          )
          .toEqual({
            pageScrolls: false,
            roomFromBelowHeader: true,
            roomToBottom: true,
            composerInSight: true,
            lastMessageInSight: true,
          });
        await lejla.screenshot({ path: await screenshotPath(`chat-phone-375x${height}`) });
      }
      // One thing at a time on a phone: the room, and a way back to the list of rooms.
      expect(await lejla.getByRole('navigation', { name: 'Rooms' }).isVisible()).toBe(false);
      await lejla.getByRole('link', { name: 'All rooms' }).waitFor();
    } finally {
      await lejla.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it('keeps what a member writes while offline as pending, and sends it once when back', async () => {
    await tarik.context().setOffline(true);
    await tarik.getByRole('status').filter({ hasText: 'Reconnecting…' }).waitFor();
    await tarik.getByRole('textbox', { name: 'Message' }).fill('Written on the train, no network.');
    await tarik.getByRole('textbox', { name: 'Message' }).press('Enter');
    await messageBy(tarik, 'Written on the train, no network.').getByText('Sending…').waitFor();
    await tarik.screenshot({ path: await screenshotPath('chat-3-offline') });

    for (const text of ['Missed while away, one.', 'Missed while away, two.']) {
      await lejla.getByRole('textbox', { name: 'Message' }).fill(text);
      await lejla.getByRole('textbox', { name: 'Message' }).press('Enter');
      await messageBy(lejla, text).waitFor();
    }

    // Back, the tab says which online list it holds, the hello omits it, Lejla still shows online.
    const reopened = nextHello(tarik);
    await tarik.context().setOffline(false);
    await messageBy(tarik, 'Missed while away, two.').waitFor({ timeout: 30_000 });
    await messageBy(tarik, 'Missed while away, one.').waitFor();
    const { url, hello } = await reopened;
    expect(new URL(url).searchParams.get('onlineDigest')).toMatch(/^\w+\.[0-9a-f]{16}$/);
    expect(hello).not.toHaveProperty('online');
    await messageBy(tarik, 'Missed while away, one.')
      .getByRole('img', { name: 'online' })
      .waitFor();
    await messageBy(lejla, 'Written on the train, no network.').waitFor({ timeout: 30_000 });
    await expect.poll(() => tarik.getByText('Sending…').count(), { timeout: 10_000 }).toBe(0);
    expect(await messageBy(lejla, 'Written on the train, no network.').count()).toBe(1);
    expect(await messageBy(tarik, 'Written on the train, no network.').count()).toBe(1);
    expect(await messageBy(tarik, 'Missed while away, one.').count()).toBe(1);
    await tarik.screenshot({ path: await screenshotPath('chat-4-back-online') });
  });

  it('shows a member who closed Praxis as offline, and on return what was missed, as unread', async () => {
    const tarikContext = tarik.context();
    await tarik.close();
    await expect
      .poll(
        () =>
          messageBy(lejla, 'Written on the train, no network.')
            .getByRole('img', { name: 'online' })
            .count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(0);

    await lejla.getByRole('textbox', { name: 'Message' }).fill('See you all on Friday!');
    await lejla.getByRole('textbox', { name: 'Message' }).press('Enter');
    await messageBy(lejla, 'See you all on Friday!').waitFor();

    tarik = await tarikContext.newPage();
    await tarik.goto(`${demo.server.origin}/chat`);
    await tarik
      .getByRole('navigation', { name: 'Rooms' })
      .getByRole('link', { name: /^Public Sector Innovation BiH 2022 1 unread$/ })
      .waitFor();
    // The count beside Chat is named by what shows, "Chat 3", and a hidden "unread".
    const chatLink = tarik.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: /^Chat \d+ unread$/,
    });
    await chatLink.waitFor();
    expect(await chatLink.getAttribute('aria-label')).toBeNull();
    const shownCount = await chatLink
      .locator('.nav-count')
      .evaluate((badge) => badge.firstChild?.textContent);
    await tarik
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: `Chat ${shownCount} unread`, exact: true })
      .waitFor();
    expect(await labelContentMismatches(tarik)).toEqual([]);
    await openCohortRoom(tarik);
    await messageBy(tarik, 'See you all on Friday!').waitFor();
    // Back online: his earlier message shows him online to her again.
    await messageBy(lejla, 'Written on the train, no network.')
      .getByRole('img', { name: 'online' })
      .waitFor();
    await tarik.screenshot({ path: await screenshotPath('chat-5-missed-while-away') });
  });

  it('tells a member mentioned in the room through the bell, which leads to the room', async () => {
    // His handle, as she would find it: his name on his message links to his profile.
    const profile = await messageBy(lejla, 'Written on the train, no network.')
      .locator('a.post-author')
      .getAttribute('href');
    const handle = profile?.replace('/members/', '');
    expect(handle).toMatch(/^[\w-]+$/);
    await tarik.getByRole('link', { name: 'Praxis', exact: true }).click();

    await lejla.getByRole('textbox', { name: 'Message' }).fill(`@${handle} can you drive?`);
    await lejla.getByRole('textbox', { name: 'Message' }).press('Enter');
    // Once stored, the mention links to his profile.
    await messageBy(lejla, 'can you drive?')
      .getByRole('link', { name: `@${handle}` })
      .waitFor();

    await tarik.getByRole('link', { name: /Notifications, \d+ unread/ }).click();
    const mention = tarik.getByRole('link', {
      name: `${LEJLA} mentioned you in the chat of Public Sector Innovation BiH 2022: “@${handle} can you drive?”`,
    });
    await mention.waitFor();
    await tarik.screenshot({ path: await screenshotPath('chat-6-mentioned') });
    await mention.click();
    await messageBy(tarik, 'can you drive?').waitFor();
    await tarik
      .getByRole('heading', { level: 1, name: 'Public Sector Innovation BiH 2022' })
      .waitFor();
  });

  it('keeps a muted room out of the count beside Chat, while the room itself counts what is new', async () => {
    const mute = tarik.getByRole('button', { name: 'Mute' });
    await mute.click();
    await tarik.getByRole('button', { name: 'Muted', pressed: true }).waitFor();
    await tarik.getByRole('link', { name: /^Chat/ }).click();
    const rooms = tarik.getByRole('navigation', { name: 'Rooms' });
    await rooms.getByRole('link', { name: /^Public Sector Innovation BiH 2022 muted$/ }).waitFor();
    const countBesideChat = async () => {
      const snapshot = await tarik
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: /^Chat/ })
        .ariaSnapshot();
      return Number(snapshot.match(/(\d+) unread/)?.[1] ?? 0);
    };
    const before = await countBesideChat();

    await lejla.getByRole('textbox', { name: 'Message' }).fill('Parking is behind the station.');
    await lejla.getByRole('textbox', { name: 'Message' }).press('Enter');
    await rooms
      .getByRole('link', { name: /^Public Sector Innovation BiH 2022 muted 1 unread$/ })
      .waitFor();
    expect(await countBesideChat()).toBe(before);
    await tarik.screenshot({ path: await screenshotPath('chat-7-muted') });
  });

  it('shows a member who chose not to show it as offline, though she is here', async () => {
    await openCohortRoom(tarik);
    // Her messages that show her name (a run of messages shows it once) show whether she is here.
    const hers = log(tarik)
      .getByRole('listitem')
      .filter({ has: tarik.getByRole('link', { name: LEJLA, exact: true }) });
    await hers.getByRole('img', { name: 'online' }).first().waitFor();

    const profile = await lejla.context().newPage();
    await profile.goto(`${demo.server.origin}/profile`);
    await profile.getByLabel('Show others when I am online in chat').uncheck();
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await profile.getByText('Your profile is saved.').waitFor();
    await expect.poll(() => hers.getByRole('img', { name: 'online' }).count()).toBe(0);
    await tarik.screenshot({ path: await screenshotPath('chat-8-hidden-presence') });

    await profile.getByLabel('Show others when I am online in chat').check();
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await hers.getByRole('img', { name: 'online' }).first().waitFor();
    await profile.close();
  });

  it('lets a member leave a direct conversation, which the other keeps without them', async () => {
    const herProfile = await log(tarik)
      .getByRole('link', { name: LEJLA, exact: true })
      .first()
      .getAttribute('href');
    await tarik.goto(`${demo.server.origin}${herProfile}`);
    await tarik.getByRole('button', { name: 'Message Lejla' }).click();
    await tarik.waitForURL(/\/chat\/[\w-]+$/);
    await tarik.getByRole('heading', { level: 1, name: LEJLA }).waitFor();
    await log(tarik).getByText(`No messages with ${LEJLA} yet. Say hello!`).waitFor();
    const roomPath = new URL(tarik.url()).pathname;
    await tarik.getByRole('textbox', { name: 'Message' }).fill('Can we talk about the budget?');
    await tarik.getByRole('textbox', { name: 'Message' }).press('Enter');
    await log(tarik)
      .getByText(`This is the start of your conversation with ${LEJLA}.`, { exact: true })
      .waitFor();
    await tarik.screenshot({ path: await screenshotPath('chat-9-direct-start') });
    await lejla.goto(`${demo.server.origin}${roomPath}`);
    await messageBy(lejla, 'Can we talk about the budget?').waitFor();
    await log(lejla)
      .getByText('This is the start of your conversation with Tarik Mehmedović.', { exact: true })
      .waitFor();

    await tarik.getByRole('button', { name: 'Leave this conversation' }).click();
    await tarik.screenshot({ path: await screenshotPath('chat-9-leaving') });
    await tarik.getByRole('button', { name: 'Leave', exact: true }).click();
    await tarik.waitForURL(`${demo.server.origin}/chat`);
    await tarik.getByRole('navigation', { name: 'Rooms' }).waitFor();
    expect(await tarik.locator(`a[href="${roomPath}"]`).count()).toBe(0);
    await lejla
      .getByRole('heading', { level: 1, name: 'A conversation everyone else left' })
      .waitFor();
    expect(await lejla.getByRole('textbox', { name: /^Message/ }).count()).toBe(0);
    await log(lejla)
      .getByText('This is the start of this conversation.', { exact: true })
      .waitFor();
    await messageBy(lejla, 'Can we talk about the budget?').waitFor();
    await lejla.screenshot({ path: await screenshotPath('chat-10-left-conversation') });

    // Rooms are named in the reader's language: the same page in French.
    await lejla
      .context()
      .addCookies([{ name: 'praxis_locale', value: 'fr', url: demo.server.origin }]);
    await lejla.reload();
    await lejla
      .getByRole('heading', { level: 1, name: 'Une conversation que tous les autres ont quittée' })
      .waitFor();
    await lejla
      .getByRole('navigation', { name: 'Salons' })
      .getByRole('link', { name: /^Tout le monde/ })
      .waitFor();
    await lejla.context().clearCookies({ name: 'praxis_locale' });
  });
});

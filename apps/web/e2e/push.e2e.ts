import type { PushRequest } from '@praxis/api/testing/push-service';
import {
  browserKeys,
  decryptPush,
  startPushService,
  vapidClaims,
} from '@praxis/api/testing/push-service';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoNetwork, screenshotPath } from './harness.ts';

// Chromium's own push service is out of reach here, so the members' subscriptions are made
// through the API, as their browsers would make them, for a push service the test runs. The
// server then signs, encrypts and sends to it as it would to Google's or Mozilla's.

// The test's push service listens on this machine, which only a test may let the server reach.
const demo = demoNetwork({ PUSH_LOOPBACK_ENDPOINTS: 'on' });
let service: Awaited<ReturnType<typeof startPushService>>;
beforeAll(async () => {
  service = await startPushService();
});
afterAll(() => service.close());

const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

/** A member's phone: signed in, subscribed to the test's push service at `path`. */
async function phoneOf(email: string, path: string) {
  const origin = demo.server.origin;
  const login = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', 'user-agent': ANDROID_CHROME },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const keys = browserKeys();
  const subscribed = await fetch(`${origin}/api/push/subscriptions`, {
    method: 'POST',
    headers: { origin, cookie, 'content-type': 'application/json', 'user-agent': ANDROID_CHROME },
    body: JSON.stringify({
      endpoint: `${service.origin}${path}`,
      keys: { p256dh: keys.p256dh, auth: keys.auth },
    }),
  });
  expect(subscribed.status, await subscribed.clone().text()).toBe(200);
  const profile = (await (
    await fetch(`${origin}/api/profile`, { headers: { cookie } })
  ).json()) as {
    handle: string;
    name: string;
  };
  return { ...keys, path, ...profile };
}

const pushesTo = (path: string) => () => service.to(path).length;

async function send(page: Page, text: string) {
  await page.getByRole('textbox', { name: /^Message/ }).fill(text);
  await page.getByRole('textbox', { name: /^Message/ }).press('Enter');
}

describe('push notifications', () => {
  it('pushes a direct message to a member with no Praxis tab in focus, and nothing while one is', async () => {
    const ben = await phoneOf('member6@praxis.example', '/ben');
    const clara = await phoneOf('member9@praxis.example', '/clara');
    const ana = await demo.signedIn('member3@praxis.example');

    await ana.goto(`${demo.server.origin}/members/${ben.handle}`);
    await ana.getByRole('button', { name: `Message ${ben.name.split(' ')[0]}` }).click();
    await ana.waitForURL(/\/chat\/[\w-]+$/);
    const roomPath = new URL(ana.url()).pathname;
    await send(ana, 'Do you have the procurement checklist?');
    await expect.poll(pushesTo('/ben'), { timeout: 20_000 }).toBe(1);
    const first = service.to('/ben')[0] as PushRequest;
    expect(vapidClaims(first).claims.aud).toBe(service.origin);
    expect(decryptPush(first, ben)).toMatchObject({
      body: 'Do you have the procurement checklist?',
      url: `${demo.server.origin}${roomPath}`,
    });

    // Ben opens Praxis: his tab has the focus, so nothing goes to his phone.
    const benTab = await demo.signedIn('member6@praxis.example');
    await benTab.goto(`${demo.server.origin}${roomPath}`);
    await benTab.getByText('Do you have the procurement checklist?').waitFor();
    await send(ana, 'Found it, sending now.');
    await benTab.getByText('Found it, sending now.').waitFor();
    // A mention of both tells Ben in his tab and Clara, away, on her phone; once hers has
    // arrived, the job that would have pushed to Ben is done.
    await ana.goto(`${demo.server.origin}/chat`);
    await ana
      .getByRole('navigation', { name: 'Rooms' })
      .getByRole('link', { name: /^Everyone/ })
      .click();
    await send(ana, `@${ben.handle} @${clara.handle} the checklist is in the library now.`);
    await expect.poll(pushesTo('/clara'), { timeout: 20_000 }).toBe(1);
    expect(service.to('/ben')).toHaveLength(1);

    await benTab.goto(`${demo.server.origin}/account`);
    await benTab.setViewportSize({ width: 375, height: 812 });
    const devices = benTab.getByRole('region', { name: 'Notifications on this device' });
    await devices.getByText('Chrome · Android').waitFor();
    await benTab.screenshot({ path: await screenshotPath('push-1-devices'), fullPage: true });
    await devices.getByRole('button', { name: 'Remove Chrome · Android' }).click();
    await devices.getByText('No device gets notifications yet.').waitFor();
  });
});

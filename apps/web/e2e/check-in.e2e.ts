import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoNetwork, launchBrowser, screenshotPath } from './harness.ts';

// The demo network on whichever database the run uses. A meetup of a network-wide series is
// moved to have started ten minutes ago; the organiser opens its check-in page, a member who is
// signed out opens the venue link, signs in, and is checked in; the organiser's list shows it.

const demo = demoNetwork();

/** "2030-03-14T18:00" in UTC, `minutes` from now. */
const wallClock = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000).toISOString().slice(0, 16);

async function meetupUnderWay(organiser: Page) {
  const { origin } = demo.server;
  const api = async (method: string, path: string, data: object) => {
    const response = await organiser.request.fetch(`${origin}${path}`, {
      method,
      headers: { origin },
      data,
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return response.json();
  };
  const series = await api('POST', '/api/meetup-series', { name: 'Door-side exchange' });
  const slot = (days: number) => ({
    startsAt: wallClock(days * 24 * 60),
    endsAt: wallClock(days * 24 * 60 + 120),
    timezone: 'UTC',
  });
  const meetup = await api('POST', `/api/meetup-series/${series.id}/meetups`, {
    title: 'Exchange at the town hall',
    venue: 'Sarajevo town hall',
    slots: [slot(10), slot(11)],
  });
  await api('POST', `/api/meetups/${meetup.id}/schedule`, { slotId: meetup.slots[0].id });
  await api('PATCH', `/api/meetups/${meetup.id}`, {
    when: { startsAt: wallClock(-10), endsAt: wallClock(110), timezone: 'UTC' },
    moveIntoPast: true,
  });
  return meetup.id as string;
}

describe('checking in at the venue', () => {
  it('checks a member in through the venue link, and the organiser sees them arrive', async () => {
    const organiser = await demo.signedIn('organiser1@praxis.example');
    const meetupId = await meetupUnderWay(organiser);
    await organiser.goto(`${demo.server.origin}/meetups/${meetupId}`);
    await organiser.getByRole('link', { name: 'Check-in and attendance' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Check-in and attendance' }).waitFor();
    const qr = organiser.getByRole('img', { name: 'QR code of the check-in link' });
    await qr.waitFor();
    // The code is an image the browser could load and draw, not a broken one.
    expect(
      await qr.evaluate((image: HTMLImageElement) =>
        image.decode().then(
          () => true,
          () => false,
        ),
      ),
    ).toBe(true);
    const link = await organiser.getByRole('textbox', { name: 'Check-in link' }).inputValue();
    expect(link).toMatch(new RegExp(`^${demo.server.origin}/check-in/[\\w-]{40,}$`));
    await organiser.getByText('Present: 0 of 0 on the list').waitFor();

    // Signed out, the member is asked to sign in and comes back to the link.
    const browser = await launchBrowser();
    demo.browsers.push(browser);
    const member = await browser.context.newPage();
    await member.setViewportSize({ width: 375, height: 812 });
    await member.goto(link);
    await member.getByLabel('E-mail').fill('member1@praxis.example');
    await member.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await member.getByRole('button', { name: 'Sign in' }).click();
    await member.getByRole('heading', { level: 1, name: 'You are checked in' }).waitFor();
    expect(member.url()).toBe(link);
    await member.getByText('Exchange at the town hall').first().waitFor();
    await member.screenshot({
      path: await screenshotPath('66b-venue-check-in-phone'),
      fullPage: true,
    });

    // Live: the organiser's list shows her without a reload.
    await organiser.getByText('Present: 1 of 1 on the list').waitFor();
    const row = organiser.getByRole('listitem').filter({ hasText: /^.*Checked in at/ });
    await row.getByRole('button', { name: /^Undo the check-in of / }).waitFor();
    await organiser.screenshot({ path: await screenshotPath('66-check-in-page'), fullPage: true });

    await member.reload();
    await member.getByRole('heading', { level: 1, name: 'You are already checked in' }).waitFor();
  });
});

import type { OwnProfile } from '@praxis/contracts/profiles';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// The demo network: a member follows a La Transfo pilot from the board; a member of its team
// moves it from pilot to scaled with an update; the follower is told, the board shows it under
// Scaled and the team member's profile shows the update.

const demo = demoNetwork();

const PILOT = 'A weekend on-demand shuttle between three villages and the station';
const UPDATE =
  'The Region keeps the shuttle: it runs every weekend from January, in all three villages.';

describe('a pilot followed from idea to scale', () => {
  let follower: Page;
  let lead: Page;
  let pilotUrl: string;

  it('lets a member find a pilot on the board and follow it', async () => {
    follower = await demo.signedIn('member10@praxis.example');
    await follower.getByRole('link', { name: 'Pilots', exact: true }).click();
    await follower.getByRole('heading', { level: 1, name: 'Pilots' }).waitFor();
    await follower.getByLabel('Programme').selectOption({ label: 'La Transfo' });
    await follower.getByLabel('Words').fill('shuttle');
    await follower.getByRole('button', { name: 'Find', exact: true }).click();
    const column = follower.getByRole('region', { name: 'Pilot (1)' });
    await column.getByRole('link', { name: PILOT }).click();
    await follower.getByRole('heading', { level: 1, name: PILOT }).waitFor();
    pilotUrl = follower.url();
    await follower.getByRole('button', { name: 'Follow', exact: true }).click();
    await follower.getByRole('button', { name: 'Unfollow' }).waitFor();
  });

  it('lets a team member move it from pilot to scaled with an update', async () => {
    lead = await demo.signedIn('member41@praxis.example');
    await lead.goto(pilotUrl);
    const composer = lead.getByRole('form', { name: 'Post an update' });
    await composer.getByLabel('What happened').fill(UPDATE);
    await composer.getByLabel('Stage').selectOption({ label: 'Move it to scaled' });
    await composer.getByRole('button', { name: 'Post update and move the stage' }).click();
    await lead.getByText('Your update is posted, and followers will hear of it.').waitFor();
    await lead.locator('.pilot-header .marker', { hasText: 'Scaled' }).waitFor();
    const newest = lead.locator('.pilot-timeline > li').first();
    await newest.getByText(UPDATE).waitFor();
    expect(await newest.locator('.pilot-update-move .marker').allTextContents()).toEqual([
      'Pilot',
      'Scaled',
    ]);
    await lead.screenshot({ path: await screenshotPath('95-pilot-scaled'), fullPage: true });
  });

  it('tells the follower, and shows the pilot under Scaled on the board', async () => {
    await follower.goto(`${demo.server.origin}/notifications`);
    const told = follower.getByRole('link', {
      name: new RegExp(`moved the pilot “${PILOT}” to scaled`),
    });
    await told.first().waitFor();
    await told.first().click();
    await follower.waitForURL(pilotUrl);

    await follower.getByRole('link', { name: 'La Transfo', exact: true }).click();
    const scaled = follower.getByRole('region', { name: /^Scaled \(\d+\)$/ });
    await scaled.getByRole('link', { name: PILOT }).waitFor();
    expect(
      await follower
        .getByRole('region', { name: /^Pilot \(\d+\)$/ })
        .getByText(PILOT)
        .count(),
    ).toBe(0);
    await follower.setViewportSize({ width: 375, height: 812 });
    expect(
      await follower.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await follower.screenshot({
      path: await screenshotPath('96-pilots-board-phone'),
      fullPage: true,
    });
  });

  it("shows the update on the team member's profile", async () => {
    const own = (await lead.evaluate(async () =>
      (await fetch('/api/profile')).json(),
    )) as OwnProfile;
    await follower.goto(`${demo.server.origin}/members/${own.handle}`);
    const pilots = follower.getByRole('region', { name: 'Pilots' });
    await pilots.getByRole('link', { name: PILOT }).first().waitFor();
    await pilots.getByText(UPDATE).waitFor();
  });
});

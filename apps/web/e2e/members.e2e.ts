import type { ProgrammeList } from '@praxis/contracts/cohorts';
import type { OutboxPage } from '@praxis/contracts/outbox';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, launchBrowser, screenshotPath } from './harness.ts';

// The demo network, without an SMTP server: invitations land in the outbox, which the admin
// reads. Its past meetups have agendas whose speakers told stories and answered questions.

const demo = demoNetwork();
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 860 };

/** The invitation link e-mailed to `email`, as the admin reads it in the outbox. */
async function invitationLink(admin: Page, email: string): Promise<string> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const outbox = (await (
      await admin.context().request.get(`${demo.server.origin}/api/outbox?limit=100`)
    ).json()) as OutboxPage;
    const mail = outbox.emails.find((sent) => sent.recipient === email);
    const link = /https?:\/\/\S+\/invite\/[\w-]+/.exec(mail?.bodyText ?? '')?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`no invitation e-mail to ${email}`);
}

describe('a new member', () => {
  it('is welcomed with what Praxis is for, their cohort and three first steps, then picks languages by name', async () => {
    const organiser = await demo.signedIn('organiser1@praxis.example');
    const programmes = (await (
      await organiser.context().request.get(`${demo.server.origin}/api/programmes`)
    ).json()) as ProgrammeList;
    const cohort = programmes.programmes
      .flatMap((programme) => programme.cohorts)
      .find((candidate) => candidate.name === 'La Transfo 2023');
    if (!cohort) throw new Error('the demo network has no La Transfo 2023');
    const invited = await organiser
      .context()
      .request.post(`${demo.server.origin}/api/cohorts/${cohort.id}/invitations`, {
        headers: { origin: demo.server.origin },
        data: { invitees: [{ email: 'zora.kovac@city.example', name: 'Zora Kovač' }] },
      });
    expect(invited.status(), await invited.text()).toBe(202);
    const admin = await demo.signedIn('admin@praxis.example');
    const link = await invitationLink(admin, 'zora.kovac@city.example');

    const browser = await launchBrowser();
    demo.browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(link);
    await page.getByLabel('Password').fill('a bridge in mostar at dawn');
    await page.getByRole('button', { name: 'Create my account' }).click();
    // Straight from the acceptance, without a reload.
    await page.getByRole('heading', { level: 1, name: 'Welcome to Praxis, Zora' }).waitFor();
    await page.getByText(/keep learning from each other/).waitFor();
    const people = page.getByRole('region', { name: 'Your cohort: La Transfo 2023' });
    await people.locator('.person').first().waitFor();
    expect(await people.locator('.person').count()).toBe(9);
    expect(await people.getByText('Zora Kovač').count()).toBe(0);
    await people.getByRole('link', { name: /^See all \d+ members of La Transfo 2023$/ }).waitFor();
    const steps = page.getByRole('region', { name: 'Three things to do first' });
    expect(await steps.getByRole('link').allTextContents()).toEqual([
      'Complete your profile',
      'Introduce yourself, or ask a question',
      'Look at the next meetup',
    ]);
    await page.screenshot({ path: await screenshotPath('26-welcome'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: await screenshotPath('26-welcome-phone'), fullPage: true });
    await page.setViewportSize(DESKTOP);

    await steps.getByRole('link', { name: 'Complete your profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const languages = page.getByLabel('Languages', { exact: true });
    await languages.selectOption({ label: 'Bosnian' });
    await languages.selectOption({ label: 'English' });
    const chosen = page.getByRole('list', { name: 'Your languages' });
    expect(await chosen.getByRole('listitem').allTextContents()).toEqual(['Bosnian×', 'English×']);
    await chosen.getByRole('button', { name: 'Remove English' }).click();
    await languages.selectOption({ label: 'German' });
    await page.locator('#profile-languages').screenshot({
      path: await screenshotPath('27-profile-languages'),
    });
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();
    await page.getByRole('link', { name: 'See your profile', exact: true }).click();
    await page.getByRole('heading', { name: 'Languages', exact: true }).waitFor();
    await page.getByText('Bosnian, German', { exact: true }).waitFor();
    const own = (await (
      await page.context().request.get(`${demo.server.origin}/api/profile`)
    ).json()) as { languages: string[] };
    expect(own.languages).toEqual(['bs', 'de']);
  });
});

/** "Stories (3)" → 3. */
const countIn = (heading: string | null) => Number(/\((\d+)\)$/.exec(heading ?? '')?.[1] ?? NaN);

describe('a profile', () => {
  it("shows a speaker's meetups, contributions and stories, each with its count", async () => {
    const page = await demo.signedIn('member1@praxis.example');
    await page.goto(`${demo.server.origin}/meetups?when=past`);
    await page.getByRole('heading', { name: 'Past meetups' }).waitFor();
    const meetupLink = page.locator('.thread-list a[href^="/meetups/"]').first();
    const meetupTitle = (await meetupLink.textContent()) ?? '';
    await meetupLink.click();
    const me = (
      await (await page.context().request.get(`${demo.server.origin}/api/auth/me`)).json()
    ).member.name as string;
    const speaker = page
      .locator('.agenda-meta a[href^="/members/"]')
      .filter({ hasNotText: me })
      .first();
    const speakerName = (await speaker.textContent()) ?? '';
    await speaker.click();
    await page.getByRole('heading', { level: 1, name: speakerName }).waitFor();

    const activity = page.getByRole('region', { name: 'Activity in the network' });
    const section = (name: string) =>
      activity.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
    await section('Stories').waitFor();
    const counts: Record<string, number> = {};
    for (const name of [
      'Stories',
      'Accepted answers',
      'Meetups attended',
      'Agenda contributions',
    ]) {
      const list = section(name);
      const count = countIn(await list.getByRole('heading').first().textContent());
      const shown = await list.getByRole('listitem').count();
      // The newest five at most, and never more than are counted.
      expect(shown).toBe(Math.min(count, 5));
      counts[name] = count;
    }
    expect(counts['Meetups attended']).toBeGreaterThan(0);
    expect(counts['Agenda contributions']).toBeGreaterThan(0);
    await section('Meetups attended').getByRole('link', { name: meetupTitle }).waitFor();
    await section('Agenda contributions')
      .getByRole('link', { name: meetupTitle })
      .first()
      .waitFor();
    await page.screenshot({ path: await screenshotPath('25-profile-activity'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({
      path: await screenshotPath('25-profile-activity-phone'),
      fullPage: true,
    });
  });
});

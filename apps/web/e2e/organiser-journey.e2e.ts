import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// The organiser's whole journey, from a new cohort to the meetup's downloads, in one page that
// is never loaded again: every step is reached by a link or a button, so a dead end or a form
// that needs a reload fails the walk.

const demo = demoNetwork();

const COHORT = 'La Transfo 2027';
const SERIES = 'La Transfo 2027 exchange';
const MEETUP = 'First exchange of La Transfo 2027';
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 860 };

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Marks the document, so that a later check can tell it was never loaded again. */
const markDocument = (page: Page) =>
  page.evaluate(() => Object.assign(window, { journeyDocument: true }));
const sameDocument = (page: Page) => page.evaluate(() => 'journeyDocument' in window);

async function phoneShot(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: await screenshotPath(name), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

describe('an organiser runs a cohort and its meetup from start to downloads', () => {
  let organiser: Page;
  let amra: Page;
  let amraHandle = '';

  it('1. creates a cohort and lands on inviting its people', async () => {
    organiser = await demo.signedIn('organiser1@praxis.example');
    await markDocument(organiser);
    await mainNavigation(organiser).getByRole('link', { name: 'Cohorts', exact: true }).click();
    const transfo = organiser.locator('.programme').filter({
      has: organiser.getByRole('heading', { level: 2, name: 'La Transfo', exact: true }),
    });
    await transfo.getByText('New cohort in La Transfo').click();
    await transfo.getByLabel('Cohort name').fill(COHORT);
    await transfo.getByLabel('Year').fill('2027');
    await transfo.getByRole('button', { name: 'Create cohort' }).click();
    await organiser
      .getByRole('heading', { level: 1, name: `Invite people to ${COHORT}` })
      .waitFor();
    await organiser
      .getByRole('status')
      .filter({ hasText: `Cohort ${COHORT} created.` })
      .waitFor();
  });

  it('2. invites a list holding existing members, and adds those to the cohort in the same step', async () => {
    await organiser
      .getByLabel('People to invite')
      .fill(
        'member1@praxis.example\nmember2@praxis.example\nLéa Martin <lea.martin@region.example>',
      );
    await organiser.getByRole('button', { name: 'Check the list' }).click();
    await organiser
      .getByRole('heading', { name: 'Checked: 1 ready to invite, 2 already members' })
      .waitFor();
    const existing = organiser.getByRole('region', { name: 'Already members of Praxis' });
    await existing.getByRole('button', { name: `Add 2 members to ${COHORT}` }).click();
    await existing.getByText(new RegExp(`^Added .+ to ${COHORT}\\.`)).waitFor();
    await organiser.getByRole('button', { name: 'Send 1 invitation' }).click();
    await organiser.getByText('1 invitation created').waitFor();
    await organiser.screenshot({
      path: await screenshotPath('80-journey-invited'),
      fullPage: true,
    });
    await phoneShot(organiser, '80-journey-invited-phone');
  });

  it('3. opens a date poll for the cohort, and its members are asked to vote', async () => {
    amra = await demo.signedIn('member1@praxis.example');
    await amra.getByRole('link', { name: /^Notifications/ }).click();
    await amra.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();

    await mainNavigation(organiser).getByRole('link', { name: 'Meetups' }).click();
    await organiser.getByRole('link', { name: 'New series' }).click();
    await organiser.getByLabel('Name').fill(SERIES);
    await organiser.getByLabel('Cadence (months)').fill('6');
    await organiser.getByLabel(new RegExp(`^${COHORT}`)).check();
    await organiser.getByRole('button', { name: 'Create series' }).click();
    await organiser.getByRole('heading', { level: 1, name: SERIES }).waitFor();
    await organiser.getByRole('link', { name: 'Propose a meetup' }).click();
    await organiser.getByLabel('Date 3', { exact: true }).waitFor();
    await organiser.getByLabel('Title').fill(MEETUP);
    await organiser
      .getByLabel('Description')
      .fill('**Bring** one [failure story](https://stories.example/portal) to tell.');
    await organiser.getByRole('button', { name: 'Propose meetup' }).click();
    await organiser.getByRole('region', { name: 'Date poll' }).waitFor();

    // Amra's open notifications page hears of the poll without being loaded again.
    const ask = amra.getByRole('link', { name: `Vote for the date of “${MEETUP}”` });
    await ask.waitFor();
    await amra.screenshot({ path: await screenshotPath('81-journey-asked-to-vote') });
    await ask.click();
    // One tap on a date with no vote yet says yes to it.
    const votes = amra.getByRole('button', { name: / — your vote: / });
    await votes.nth(2).waitFor();
    await votes.nth(0).click();
    expect(await votes.nth(0).getAttribute('aria-label')).toMatch(/ — your vote: yes\. Change$/);
    await amra.getByRole('button', { name: 'Save my votes' }).click();
    await amra.getByText('Your votes are saved.', { exact: false }).waitFor();
  });

  it('4. picks the date once the confirmation says who will be told', async () => {
    const totals = organiser.getByRole('region', { name: 'Date poll' }).locator('.poll-totals');
    await totals.first().getByText('1 yes, 0 if need be, 0 no').waitFor();
    await organiser
      .getByRole('button', { name: /^Pick this date/ })
      .first()
      .click();
    const confirmation = organiser.getByRole('region', { name: 'Pick the date' });
    await confirmation.getByText(/everyone invited is told the date/).waitFor();
    await organiser.screenshot({ path: await screenshotPath('82-journey-pick') });
    await confirmation.getByRole('button', { name: 'Pick and tell everyone' }).click();
    await organiser.getByRole('button', { name: 'Going', exact: true }).waitFor();

    // Amra's meetup page turns from poll into RSVP as the date is picked.
    await amra.getByRole('button', { name: 'Going', exact: true }).click();
    // The answer is saved and the page read again: on a busy machine, more than the default second.
    await expect
      .poll(
        () => amra.getByRole('button', { name: 'Going', exact: true }).getAttribute('aria-pressed'),
        { timeout: 15_000 },
      )
      .toBe('true');
  });

  it('5–6. prepares the notes before the meetup, mentioning a member, as a draft', async () => {
    const amraLink = organiser
      .getByRole('region', { name: /^Going/ })
      .getByRole('link', { name: /Amra/ })
      .first();
    await amraLink.waitFor();
    amraHandle = (await amraLink.getAttribute('href'))?.split('/').at(-1) ?? '';
    expect(amraHandle).not.toBe('');

    const notes = organiser.getByRole('region', { name: 'Prepare the notes' });
    await notes.getByText('members will see these notes once the meetup starts').waitFor();
    await notes
      .getByLabel('Notes', { exact: true })
      .fill(`## Running order\n\n1. @${amraHandle} opens with the pilot that stalled`);
    await notes.getByRole('button', { name: 'Save notes' }).click();
    await notes.getByRole('status').filter({ hasText: 'The draft is saved.' }).waitFor();
    const mention = organiser
      .getByRole('region', { name: 'Notes (draft)' })
      .getByRole('link', { name: `@${amraHandle}` });
    expect(await mention.getAttribute('href')).toBe(`/members/${amraHandle}`);
    await organiser.screenshot({ path: await screenshotPath('83-journey-notes'), fullPage: true });
    await phoneShot(organiser, '83-journey-notes-phone');
  });

  it('7. downloads the attendee CSV and the .ics, both readable as they are', async () => {
    const [csv] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByRole('link', { name: 'Download attendees (CSV)' }).click(),
    ]);
    const bytes = await readFile((await csv.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8').decode(bytes)).toMatch(
      /\n"Amra Delić","member1@praxis\.example",[^\n]*,"going",/,
    );

    const [ics] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
    ]);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(await ics.path(), 'utf8')));
    const [event] = calendar.getAllSubcomponents('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe(MEETUP);
    const description = String(event?.getFirstPropertyValue('description'));
    expect(description).toContain(
      'Bring one failure story (https://stories.example/portal) to tell.',
    );
    expect(description).toContain(organiser.url());
    expect(description).not.toContain('**');

    expect(await sameDocument(organiser)).toBe(true);
  });
});

import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// The demo network on whichever database the run uses (PostgreSQL in CI). The organiser runs a
// new series from scratch; two demo members vote, answer and take turns for the one seat.

const demo = demoNetwork();

const { signedIn } = demo;

const SERIES = 'Regional exchange circle';

describe('a meetup from date poll to waitlist', () => {
  let organiser: Page;
  let amra: Page;
  let jasmin: Page;
  let meetupUrl: string;
  let jasminHandle: string;

  it('lets an organiser create a series and propose a meetup with three candidate dates', async () => {
    organiser = await signedIn('organiser1@praxis.example');
    // The demo's cohort circle met almost a year ago: its organisers are told at home.
    await organiser
      .getByRole('region', { name: 'Meetups to propose' })
      .getByRole('link', { name: 'BiH cohort circle', exact: true })
      .waitFor();
    await organiser
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Meetups' })
      .click();
    await organiser.getByRole('link', { name: 'New series' }).click();
    await organiser.getByLabel('Name').fill(SERIES);
    await organiser.getByLabel('Cadence (months)').fill('6');
    await organiser.getByRole('button', { name: 'Create series' }).click();
    await organiser.getByRole('heading', { level: 1, name: SERIES }).waitFor();

    await organiser.getByRole('link', { name: 'Propose a meetup' }).click();
    await organiser.getByLabel('Date 3', { exact: true }).waitFor();
    await organiser.getByLabel('Title').fill('Regional exchange: what failed this year');
    await organiser.getByLabel('Capacity (seats)').fill('1');
    const inThreeDays = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await organiser.getByLabel('Voting deadline (optional)').fill(`${inThreeDays}T18:00`);
    await organiser.screenshot({ path: await screenshotPath('60-propose-meetup'), fullPage: true });
    await organiser.getByRole('button', { name: 'Propose meetup' }).click();
    await organiser.waitForURL(/\/meetups\/[0-9a-f-]{36}$/);
    meetupUrl = organiser.url();
    await organiser.getByRole('region', { name: 'Date poll' }).waitFor();
  });

  it('asks the invitees to vote, through a notification that leads to the poll', async () => {
    amra = await signedIn('member1@praxis.example');
    await amra.goto(`${demo.server.origin}/notifications`);
    const asked = amra.getByRole('link', {
      name: 'Vote for the date of “Regional exchange: what failed this year”',
    });
    await asked.waitFor();
    await amra.screenshot({ path: await screenshotPath('60b-poll-opened'), fullPage: true });
    await asked.click();
    await amra.waitForURL(meetupUrl);
    await amra.getByRole('region', { name: 'Date poll' }).waitFor();
  });

  it('lets two members vote with one tap per date, on a phone too, and the organiser pick the date', async () => {
    jasmin = await signedIn('member2@praxis.example');
    // Amra votes on a phone: the poll fits its width and every date shows its totals.
    await amra.setViewportSize({ width: 375, height: 812 });
    // Taps from no vote: yes, then if need be, then no.
    const taps = { Yes: 1, 'If need be': 2, No: 3 } as const;
    for (const [page, choices] of [
      [amra, ['Yes', 'No', 'If need be']],
      [jasmin, ['Yes', 'Yes', 'No']],
    ] as const) {
      await page.goto(meetupUrl);
      const buttons = page.getByRole('button', { name: / — your vote: / });
      await buttons.nth(2).waitFor();
      for (const [index, choice] of choices.entries()) {
        for (let tap = 0; tap < taps[choice]; tap += 1) await buttons.nth(index).click();
        expect(await buttons.nth(index).getAttribute('aria-label')).toMatch(
          ` — your vote: ${choice.toLowerCase()}. Change`,
        );
      }
      if (page === amra) {
        await page.getByLabel('Comment (optional)').fill('  Evenings only, please.  ');
      }
      await page.getByRole('button', { name: 'Save my votes' }).click();
      await page.getByText('Your votes are saved.', { exact: false }).waitFor();
    }
    expect(
      await amra.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    const phoneTotals = amra.locator('.poll-totals');
    for (const index of [0, 1, 2]) expect(await phoneTotals.nth(index).isVisible()).toBe(true);
    await amra.screenshot({ path: await screenshotPath('61a-date-poll-phone'), fullPage: true });

    await organiser.reload();
    const poll = organiser.getByRole('region', { name: 'Date poll' });
    await organiser.getByText('Evenings only, please.', { exact: true }).waitFor();
    // Each date shows symbols and says the counts in words for screen readers: read the words.
    expect(await poll.locator('.poll-totals .visually-hidden').allTextContents()).toEqual([
      '2 yes, 0 if need be, 0 no',
      '1 yes, 0 if need be, 1 no',
      '0 yes, 1 if need be, 1 no',
    ]);
    await organiser.getByText('Voting closes ', { exact: false }).waitFor();
    await organiser.getByText(/people have not voted yet$/).waitFor();
    await organiser.getByRole('button', { name: 'Remind those who haven’t voted' }).click();
    await organiser.getByRole('status').filter({ hasText: 'Reminded.' }).waitFor();
    expect(
      await organiser.getByRole('button', { name: 'Remind those who haven’t voted' }).isDisabled(),
    ).toBe(true);
    await organiser.screenshot({ path: await screenshotPath('61-date-poll'), fullPage: true });
    await organiser
      .getByRole('button', { name: /^Pick this date/ })
      .first()
      .click();
    // Picking tells everyone: nothing is sent before the organiser confirms, and they can back out.
    const confirmation = organiser.getByRole('region', { name: 'Pick the date' });
    await confirmation.getByText(/^Pick .+\?$/).waitFor();
    await confirmation.getByRole('button', { name: 'Cancel' }).click();
    await confirmation.waitFor({ state: 'detached' });
    await organiser.getByRole('region', { name: 'Date poll' }).waitFor();
    await organiser
      .getByRole('button', { name: /^Pick this date/ })
      .first()
      .click();
    await organiser.screenshot({ path: await screenshotPath('61b-pick-confirmation') });
    await confirmation.getByRole('button', { name: 'Pick and tell everyone' }).click();
    await organiser.getByRole('button', { name: 'Going', exact: true }).waitFor();
    expect(await organiser.getByRole('region', { name: 'Date poll' }).count()).toBe(0);
  });

  it('seats the first member, and takes a failure story for the agenda that the organiser accepts', async () => {
    await amra.goto(meetupUrl);
    await amra.getByRole('button', { name: 'Going', exact: true }).click();
    await expect
      .poll(() =>
        amra.getByRole('button', { name: 'Going', exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');

    await amra.getByLabel('Title').fill('The portal nobody visited');
    await amra.getByLabel('Kind').selectOption({ label: 'Failure story' });
    await amra.getByLabel('Minutes').fill('15');
    await amra.getByRole('button', { name: 'Propose contribution' }).click();
    await amra.getByText('The portal nobody visited').first().waitFor();

    await organiser.reload();
    await organiser
      .getByRole('button', { name: /^Accept/ })
      .first()
      .click();
    await organiser
      .getByRole('button', { name: /^Decline/ })
      .first()
      .waitFor({ state: 'detached' });
    await amra.reload();
    await amra
      .getByRole('region', { name: /agenda/i })
      .getByText('The portal nobody visited')
      .waitFor();
    await amra.screenshot({ path: await screenshotPath('62-meetup-agenda'), fullPage: true });
  });

  it('downloads an .ics file that an independent parser reads as this meetup', async () => {
    const [download] = await Promise.all([
      amra.waitForEvent('download'),
      amra.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
    ]);
    const path = await download.path();
    const calendar = new ICAL.Component(ICAL.parse(await readFile(path, 'utf8')));
    const [event] = calendar.getAllSubcomponents('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe(
      'Regional exchange: what failed this year',
    );
    expect(String(event?.getFirstPropertyValue('status'))).toBe('CONFIRMED');
    const meetupId = meetupUrl.split('/').at(-1) ?? '';
    expect(String(event?.getFirstPropertyValue('uid'))).toContain(meetupId);
  });

  it('puts the second member on the waitlist, and seats them when the first cancels', async () => {
    await jasmin.goto(meetupUrl);
    await jasmin.getByRole('button', { name: 'Going', exact: true }).click();
    await jasmin.getByText(/You are on the waitlist/).waitFor();
    await jasmin.screenshot({ path: await screenshotPath('63-waitlist'), fullPage: true });

    await amra.getByRole('button', { name: 'Not going' }).click();
    await expect
      .poll(() => amra.getByRole('button', { name: 'Not going' }).getAttribute('aria-pressed'))
      .toBe('true');

    await jasmin.reload();
    await expect
      .poll(() =>
        jasmin.getByRole('button', { name: 'Going', exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    expect(await jasmin.getByText(/You are on the waitlist/).count()).toBe(0);
    await jasmin.goto(`${demo.server.origin}/notifications`);
    await jasmin.getByText(/seat/i).first().waitFor();
    await jasmin.screenshot({ path: await screenshotPath('64-promoted'), fullPage: true });
  });

  it('lets the organiser prepare notes before the meetup, which members do not see yet', async () => {
    await organiser.goto(meetupUrl);
    const jasminLink = organiser
      .getByRole('region', { name: /^Going/ })
      .getByRole('link', { name: /Jasmin/ })
      .first();
    jasminHandle = (await jasminLink.getAttribute('href'))?.split('/').at(-1) ?? '';
    expect(jasminHandle).not.toBe('');
    const notes = organiser.getByRole('region', { name: 'Prepare the notes' });
    await notes.getByText('members will see these notes once the meetup starts').waitFor();
    await notes
      .getByLabel('Notes', { exact: true })
      .fill(`## Running order\n\n1. @${jasminHandle} tells how the portal failed\n2. **Lessons**`);
    await notes.getByRole('button', { name: 'Save notes' }).click();
    await notes.getByRole('status').filter({ hasText: 'The draft is saved.' }).waitFor();
    await organiser.screenshot({ path: await screenshotPath('65-draft-notes'), fullPage: true });
    await organiser.setViewportSize({ width: 375, height: 800 });
    await notes.scrollIntoViewIfNeeded();
    await organiser.screenshot({ path: await screenshotPath('65-draft-notes-phone') });
    await organiser.setViewportSize({ width: 1280, height: 860 });

    await jasmin.goto(meetupUrl);
    await jasmin.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    expect(await jasmin.getByText('Running order').count()).toBe(0);
  });

  it('warns before moving the meetup into the past; once moved, members read the notes and the mentioned member is told', async () => {
    await organiser.getByRole('button', { name: 'Edit or move' }).click();
    const lastYear = new Date().getUTCFullYear() - 1;
    await organiser.getByLabel('Date', { exact: true }).fill(`${lastYear}-05-04`);
    await organiser.getByRole('button', { name: 'Save and tell attendees' }).click();
    await organiser.getByText('The new date is in the past. Confirm to move it anyway.').waitFor();
    await organiser.screenshot({ path: await screenshotPath('66-move-into-past'), fullPage: true });
    await organiser.setViewportSize({ width: 375, height: 800 });
    await organiser
      .getByRole('button', { name: 'Move into the past and tell attendees' })
      .scrollIntoViewIfNeeded();
    await organiser.screenshot({ path: await screenshotPath('66-move-into-past-phone') });
    await organiser.setViewportSize({ width: 1280, height: 860 });

    await organiser.getByRole('button', { name: 'Move into the past and tell attendees' }).click();
    await organiser.getByRole('button', { name: 'Edit or move' }).waitFor();
    await organiser
      .getByText(new RegExp(`May ${lastYear}`))
      .first()
      .waitFor();

    await jasmin.reload();
    const shared = jasmin.getByRole('region', { name: 'Notes' });
    await shared.getByText('Running order').waitFor();
    const mention = shared.getByRole('link', { name: `@${jasminHandle}` });
    expect(await mention.getAttribute('href')).toBe(`/members/${jasminHandle}`);
    // The move made the draft's publication due: the job runner runs it as the move commits.
    await jasmin.goto(`${demo.server.origin}/notifications`);
    await jasmin
      .getByRole('link', {
        name: /mentioned you in the notes of “Regional exchange: what failed this year”/,
      })
      .waitFor();
    await jasmin.screenshot({ path: await screenshotPath('67-notes-mention'), fullPage: true });
  });
});

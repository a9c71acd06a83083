import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// Two people on the demo network, each in their own browser, on the same page. What one does
// appears on the other's open page without a reload: replies on a thread, a freed seat on a
// meetup, a vote on a date poll.

const demo = demoNetwork();

const { signedIn } = demo;

/** Whether the page was reloaded since `markPage` ran: a live update must not need one. */
async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { praxisLiveMark: boolean }).praxisLiveMark = true;
  });
}
const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { praxisLiveMark?: boolean }).praxisLiveMark === true);

/** Opens a meetup of the demo network from the meetups page, by its title. */
async function openMeetup(page: Page, title: string) {
  await page.goto(`${demo.server.origin}/meetups`);
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  // The page follows the meetup once its socket is open.
  await page
    .getByRole('button', { name: 'Going', exact: true })
    .or(page.getByRole('region', { name: 'Date poll' }))
    .first()
    .waitFor();
}

describe('a thread page', () => {
  it('shows a reply posted by another member within 2 seconds, and holds them back while the reader writes', async () => {
    const reader = await signedIn('member1@praxis.example');
    const replier = await signedIn('member2@praxis.example');
    const created = await reader.request.post(`${demo.server.origin}/api/threads`, {
      headers: { origin: demo.server.origin },
      data: {
        kind: 'question',
        title: 'Who has run a citizens’ panel on a budget line?',
        body: 'We have three months and no facilitator yet.',
        cohortId: null,
        tags: ['participation'],
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const threadUrl = `${demo.server.origin}/threads/${id}`;

    await reader.goto(threadUrl);
    await reader.getByRole('heading', { name: 'No replies yet' }).waitFor();
    await markPage(reader);
    await replier.goto(threadUrl);
    await replier.getByLabel('Your reply').fill('We did, in Tuzla: start with the budget officer.');
    await replier.getByRole('button', { name: 'Post reply' }).click();
    await replier.getByText('1 reply', { exact: true }).waitFor();

    await reader.getByText('We did, in Tuzla').waitFor({ timeout: 2000 });
    await reader.getByRole('heading', { name: '1 reply' }).waitFor({ timeout: 2000 });
    expect(await stillSamePage(reader)).toBe(true);

    // While the reader writes, a new reply waits behind a bar instead of moving the page.
    await reader.getByLabel('Your reply').fill('Thank you! How long did');
    await replier.getByLabel('Your reply').fill('And pay the facilitator from the pilot line.');
    await replier.getByRole('button', { name: 'Post reply' }).click();
    const bar = reader.getByRole('button', { name: '1 new reply: show it' });
    await bar.waitFor({ timeout: 2000 });
    expect(await reader.getByText('pay the facilitator').count()).toBe(0);
    await reader.setViewportSize({ width: 375, height: 812 });
    await reader.screenshot({ path: await screenshotPath('70-new-replies-bar') });
    await bar.click();
    await reader.getByText('pay the facilitator').waitFor();
    expect(await reader.getByLabel('Your reply').inputValue()).toBe('Thank you! How long did');
    expect(await stillSamePage(reader)).toBe(true);
  });

  it('marks new activity in an open thread list', async () => {
    const reader = await signedIn('member3@praxis.example');
    const replier = await signedIn('member4@praxis.example');
    await reader.goto(`${demo.server.origin}/threads`);
    const firstRow = reader.getByRole('listitem').filter({ has: reader.locator('.thread-row') });
    const title = (await firstRow.first().getByRole('heading').textContent()) ?? '';
    await markPage(reader);

    await replier.goto(`${demo.server.origin}/threads`);
    await replier.getByRole('link', { name: title }).first().click();
    await replier.getByLabel('Your reply').fill('Adding what we learnt since.');
    await replier.getByRole('button', { name: 'Post reply' }).click();
    // The posted reply, not the composer, which may still hold the text for a moment.
    await replier
      .getByRole('paragraph')
      .filter({ hasText: 'Adding what we learnt since.' })
      .waitFor();

    const row = firstRow.filter({ hasText: title }).first();
    await row.getByText('New activity').waitFor({ timeout: 2000 });
    expect(await stillSamePage(reader)).toBe(true);
  });
});

describe('a meetup page', () => {
  const FULL = 'Inter-Transfo: showing what a lab is worth';

  it('shows the first on the waitlist as going when someone going leaves the full meetup', async () => {
    const waiting = await signedIn('member10@praxis.example');
    const leaving = await signedIn('member38@praxis.example');
    await openMeetup(waiting, FULL);
    await waiting.getByText(/You are on the waitlist \(position 1\)/).waitFor();
    await markPage(waiting);

    await openMeetup(leaving, FULL);
    await leaving.getByRole('button', { name: 'Not going' }).click();
    await expect
      .poll(() => leaving.getByRole('button', { name: 'Not going' }).getAttribute('aria-pressed'))
      .toBe('true');

    await waiting.getByText('You are going: one of the seats is yours.').waitFor({ timeout: 2000 });
    expect(await waiting.getByText(/You are on the waitlist/).count()).toBe(0);
    expect(
      await waiting
        .getByRole('button', { name: 'Going', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await stillSamePage(waiting)).toBe(true);
    await waiting.screenshot({ path: await screenshotPath('71-promoted-live'), fullPage: true });
  });

  it("shows a member's vote on the organiser's open date poll", async () => {
    const organiser = await signedIn('organiser1@praxis.example');
    const voter = await signedIn('member1@praxis.example');
    await openMeetup(organiser, 'Inter-Transfo in Sarajevo');
    const poll = organiser.getByRole('region', { name: 'Date poll' });
    const totals = () => poll.locator('.poll-totals .visually-hidden').allTextContents();
    await poll.locator('.poll-totals').first().waitFor();
    const before = await totals();
    await markPage(organiser);

    await openMeetup(voter, 'Inter-Transfo in Sarajevo');
    const votes = voter.getByRole('button', { name: / — your vote: / });
    for (const index of [0, 1, 2, 3]) {
      // One tap moves a vote on (yes, if need be, no): tap until it says yes.
      for (let tap = 0; tap < 3; tap += 1) {
        if ((await votes.nth(index).getAttribute('aria-label'))?.includes('your vote: yes.')) break;
        await votes.nth(index).click();
      }
    }
    await voter.getByRole('button', { name: 'Save my votes' }).click();

    await expect.poll(totals, { timeout: 2000 }).not.toEqual(before);
    expect(await stillSamePage(organiser)).toBe(true);
  });
});

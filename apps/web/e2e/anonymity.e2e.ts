import type { OwnProfile } from '@praxis/contracts/profiles';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath, webText } from './harness.ts';

// An anonymous, off-the-record failure story on the demo network: its author is named only as
// a member of their cohort, to everyone (organisers included) until an organiser looks, on
// purpose and logged, or the author signs it with their name.

const demo = demoNetwork();
const t = webText('en');

const COHORT = 'Public Sector Innovation BiH 2022';
const TITLE = 'The citizen panel we cancelled the week before it met';
const STORY_LEARNED = 'Book the room before you tell the mayor.';
const REPLY = 'Two of the invited residents had already taken a day off work for it.';

async function profileOf(page: Page): Promise<OwnProfile> {
  const response = await page.request.get(`${demo.server.origin}/api/profile`);
  return (await response.json()) as OwnProfile;
}

/** Accepts the next confirm dialog, after checking what it says. */
function confirmNext(page: Page, says: string) {
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe(says);
    void dialog.accept();
  });
}

describe('anonymous and off-the-record posts', () => {
  it('names the author only as a member of their cohort until an organiser looks or the author signs', async () => {
    // Member 6 belongs to the BiH cohort.
    const author = await demo.signedIn('member6@praxis.example');
    const { name, handle } = await profileOf(author);
    await author.goto(`${demo.server.origin}/threads/new`);
    await author.getByLabel('Failure story').check();
    await author.getByLabel('Title').fill(TITLE);
    await author.getByLabel('Context').fill('A municipality of 40,000, spring 2025.');
    await author.getByLabel('What we tried').fill('A panel of 25 residents drawn by lot.');
    await author.getByLabel('What happened').fill('No room was free; we cancelled by SMS.');
    await author.getByLabel('What we learned').fill(STORY_LEARNED);
    await author.getByLabel(t('anonymity.choice.label')).check();
    await author
      .getByRole('radio', { name: t('anonymity.author.memberOfCohort', { cohort: COHORT }) })
      .check();
    await author.getByLabel(t('anonymity.offRecord.label')).check();
    await author.getByText(t('anonymity.choice.explanation')).waitFor();
    await author.screenshot({
      path: await screenshotPath('anonymity-1-new-story'),
      fullPage: true,
    });
    await author.getByRole('button', { name: /^Post/ }).click();
    await author.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    const threadUrl = author.url();

    // The author sees themself, and how the others see them.
    await author.getByText(t('anonymity.author.youInCohort', { cohort: COHORT })).waitFor();
    await author.getByText(t('anonymity.own.threadInCohort', { cohort: COHORT })).waitFor();
    await author.getByText(t('anonymity.offRecord.banner')).waitFor();
    await author.getByText(t('anonymity.choice.replyInCohort', { cohort: COHORT })).waitFor();
    await author.getByLabel('Your reply').fill(REPLY);
    await author.getByRole('button', { name: 'Post reply' }).click();
    await author.locator('.reply', { hasText: REPLY }).waitFor();
    await author.screenshot({ path: await screenshotPath('anonymity-2-author'), fullPage: true });

    // Another member (member 7, La Transfo 2021): the cohort, the banner, and no trace of the
    // author in the page nor in its HTML.
    const reader = await demo.signedIn('member7@praxis.example');
    await reader.goto(threadUrl);
    await reader.getByText(STORY_LEARNED).waitFor();
    await reader.locator('.reply', { hasText: REPLY }).waitFor();
    await reader.getByText(t('anonymity.offRecord.banner')).waitFor();
    const shownAs = t('anonymity.author.memberOfCohort', { cohort: COHORT });
    expect(await reader.locator('.post-author').allTextContents()).toEqual([shownAs, shownAs]);
    const html = await reader.content();
    expect(html).not.toContain(name);
    expect(html).not.toContain(handle);
    expect(await reader.locator(`a[href="/members/${handle}"]`).count()).toBe(0);
    await reader.screenshot({ path: await screenshotPath('anonymity-3-reader'), fullPage: true });

    // An organiser sees the same, until they ask, are warned, and look.
    const organiser = await demo.signedIn('organiser1@praxis.example');
    await organiser.goto(threadUrl);
    await organiser.getByText(STORY_LEARNED).waitFor();
    expect(await organiser.content()).not.toContain(name);
    confirmNext(organiser, t('anonymity.reveal.confirm'));
    await organiser
      .locator('.thread-header')
      .getByRole('button', { name: t('anonymity.reveal.button') })
      .click();
    const revealed = organiser.getByRole('link', { name });
    await revealed.waitFor();
    expect(await revealed.getAttribute('href')).toBe(`/members/${handle}`);
    await organiser.screenshot({
      path: await screenshotPath('anonymity-4-organiser'),
      fullPage: true,
    });

    // The author signs the story with their name; the reader sees it after a reload.
    confirmNext(author, t('anonymity.own.confirmThread'));
    await author.getByRole('button', { name: t('anonymity.own.showName') }).click();
    await author.locator('.thread-header').getByRole('link', { name }).waitFor();
    await reader.reload();
    await reader.locator('.thread-header').getByRole('link', { name }).waitFor();
    expect(await reader.locator('.post-author').allTextContents()).toEqual([name, name]);
  });
});

import type { Advisers } from '@praxis/contracts/advice';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// The demo network on whichever database the run uses (PostgreSQL in CI): its members, open to
// advise on varied topics, and its threads, one of them for the BiH cohort only.

const demo = demoNetwork();

const { signedIn } = demo;

/** The sign-in address of a member, as an organiser (who sees every address) reads it. */
async function emailOf(context: BrowserContext, handle: string): Promise<string> {
  const response = await context.request.get(`${demo.server.origin}/api/members/${handle}`);
  const profile = (await response.json()) as { email: string | null };
  if (!profile.email) throw new Error(`no address for @${handle}`);
  return profile.email;
}

const STORY_TITLE = 'Our open-data portal nobody visited';

describe('threads, advice, search and notifications', () => {
  it('takes a question from asking to solved, and finds a failure story by what was learned', async () => {
    const asker = await signedIn('member1@praxis.example');
    await asker
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Threads' })
      .click();
    await asker.getByRole('link', { name: 'New thread' }).click();

    // Bad input first: nothing is posted without a title.
    await asker.getByLabel('Question').check();
    await asker.getByLabel('Body').fill('Anything helps.');
    await asker.getByRole('button', { name: /^Post/ }).click();
    await asker.getByText(/title/i).first().waitFor();
    expect(asker.url()).toMatch(/\/threads\/new$/);

    await asker.getByLabel('Title').fill('How do we run a procurement pilot with a start-up?');
    const similar = asker.getByRole('region', { name: /similar/i });
    await similar.getByRole('link').first().waitFor();
    await asker.screenshot({
      path: await screenshotPath('50-new-question-similar'),
      fullPage: true,
    });
    await asker
      .getByLabel('Body')
      .fill(
        'Our legal service wants a full tender for a three-month pilot. **What worked for you?**',
      );
    await asker.getByLabel('Tags').fill('procurement');
    await asker.getByLabel('Tags').press('Enter');
    await asker.getByRole('button', { name: /^Post/ }).click();
    await asker.waitForURL(/\/threads\/[0-9a-f-]{36}/);
    const threadUrl = asker.url().split('?')[0] ?? '';
    const threadId = threadUrl.split('/').at(-1) ?? '';
    await asker.getByRole('heading', { level: 1, name: /procurement pilot/ }).waitFor();

    const choices = asker.getByRole('checkbox', { name: /^Ask / });
    await choices.nth(1).waitFor();
    // Why each is suggested, worded by the page from what the API says of them.
    await asker
      .locator('#ask-for-advice .adviser-reasons')
      .getByText('Knows about procurement', { exact: true })
      .first()
      .waitFor();
    await choices.nth(0).check();
    await choices.nth(1).check();
    await asker.getByRole('button', { name: 'Ask 2 selected' }).click();
    await asker.getByRole('heading', { name: 'You asked 2 people' }).waitFor();
    // Coming back to the question, the panel is still open and says whom they asked, and where
    // each request stands: waiting for an answer until it expires.
    await asker.reload();
    const panel = asker.locator('#ask-for-advice');
    await panel.getByRole('heading', { name: 'You asked 2 people' }).waitFor();
    expect(await panel.getAttribute('open')).not.toBeNull();
    const askedRows = panel.locator('.asked-list > li');
    expect(await askedRows.count()).toBe(2);
    for (const row of await askedRows.all()) {
      expect(await row.textContent()).toMatch(/Waitingexpires [A-Z][a-z]{2} \d{1,2}$/);
    }
    await asker.screenshot({ path: await screenshotPath('51-asked-two-advisers'), fullPage: true });
    const advisers = (await (
      await asker.context().request.get(`${demo.server.origin}/api/threads/${threadId}/advisers`)
    ).json()) as Advisers;
    expect(advisers.asked).toHaveLength(2);
    const askedFirst = advisers.asked[0]?.member;
    if (!askedFirst) throw new Error('nobody was asked');
    expect(await askedRows.first().getByRole('link').textContent()).toBe(askedFirst.name);

    const organiser = await signedIn('organiser1@praxis.example');
    const adviser = await signedIn(await emailOf(organiser.context(), askedFirst.handle));
    await adviser.getByRole('link', { name: /Notifications, \d+ unread/ }).click();
    const request = adviser.getByRole('link', { name: /asks for your advice/ });
    await request.first().waitFor();
    await adviser.screenshot({ path: await screenshotPath('52-advice-request'), fullPage: true });
    await request.first().click();
    await adviser.waitForURL(new RegExp(threadId));
    await adviser
      .getByLabel('Your reply')
      .fill('Use the innovative-purchase exemption below 100,000 euros: no tender needed.');
    await adviser.getByRole('button', { name: 'Post reply' }).click();
    // The posted reply's paragraph: until the composer clears, its text holds the words too.
    await adviser
      .getByRole('paragraph')
      .filter({ hasText: 'innovative-purchase exemption' })
      .waitFor();

    await asker.goto(threadUrl);
    await asker.getByRole('button', { name: 'Accept answer' }).click();
    await asker.getByText('Solved', { exact: true }).first().waitFor();
    await asker.getByText('Accepted answer').waitFor();
    // Solved: the advice panel folds away.
    await asker.waitForFunction(
      () => !document.querySelector('#ask-for-advice')?.hasAttribute('open'),
    );
    await asker.screenshot({ path: await screenshotPath('53-solved'), fullPage: true });

    const teller = await signedIn('member2@praxis.example');
    await teller.goto(`${demo.server.origin}/threads/new`);
    await teller.getByLabel('Failure story').check();
    await teller.getByLabel('Title').fill(STORY_TITLE);
    await teller
      .getByLabel('Context')
      .fill('A city of 80,000, 2023: we opened every dataset we had.');
    await teller.getByLabel('What we tried').fill('A portal with 140 datasets and a launch event.');
    await teller.getByLabel('What happened').fill('Twelve visits a month, most of them our own.');
    await teller
      .getByLabel('What we learned')
      .fill(
        'Start from one question residents ask, and publish the dataset that answers it: the bus punctuality figures.',
      );
    await teller.getByRole('button', { name: /^Post/ }).click();
    await teller.waitForURL(/\/threads\/[0-9a-f-]{36}/);
    await teller.getByRole('heading', { name: 'What we learned' }).waitFor();

    await teller.getByLabel('Search Praxis').fill('punctuality');
    await teller.getByLabel('Search Praxis').press('Enter');
    await teller.waitForURL(/\/search\?q=punctuality/);
    const hit = teller.locator('mark', { hasText: /punctuality/i }).first();
    await hit.waitFor();
    await teller.getByRole('link', { name: STORY_TITLE }).waitFor();
    await teller.screenshot({ path: await screenshotPath('54-search-snippet'), fullPage: true });
  });

  it('keeps a cohort thread from a member outside the cohort, by list, search and link', async () => {
    const insider = await signedIn('organiser1@praxis.example');
    await insider.goto(`${demo.server.origin}/threads`);
    const cohortRow = insider.getByRole('link', { name: /seven pilot ideas/ });
    await cohortRow.waitFor();
    await cohortRow.click();
    await insider.waitForURL(/\/threads\/[0-9a-f-]{36}/);
    const secretUrl = insider.url();

    const outsider = await signedIn('member1@praxis.example');
    await outsider.goto(`${demo.server.origin}/threads`);
    await outsider
      .getByRole('link', { name: /procurement/i })
      .first()
      .waitFor();
    expect(await outsider.getByRole('link', { name: /seven pilot ideas/ }).count()).toBe(0);
    await outsider.goto(
      `${demo.server.origin}/search?q=${encodeURIComponent('seven pilot ideas')}`,
    );
    await outsider
      .getByText(/No threads match|Nothing found|no results/i)
      .first()
      .waitFor();
    expect(await outsider.getByRole('link', { name: /seven pilot ideas/ }).count()).toBe(0);
    await outsider.goto(secretUrl);
    await outsider.getByText(/does not exist, or you cannot see it/).waitFor();
    await outsider.screenshot({ path: await screenshotPath('55-cohort-thread-hidden') });
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// The demo network: an organiser turns a solved question (Jasmin's) and a past meetup's notes
// into one lesson and submits it; Jasmin is asked through a notification and agrees to be
// quoted; the organiser publishes; another member finds the lesson in the library by search and
// by a filter, opens it and follows its source to the thread.

const demo = demoNetwork();

const THREAD = 'Piloting a start-up’s booking tool for six months: which procurement route?';
const MEETUP = 'Inter-Transfo: small changes, measured';
const TITLE = 'Book the pilot as a small purchase and measure it from its first week';

/** The id of something the page's member can see, read through the API the SPA uses. */
async function idOf(page: Page, path: string, pick: (body: never) => string | undefined) {
  const response = await page.request.get(`${demo.server.origin}${path}`);
  expect(response.status(), await response.text()).toBe(200);
  const id = pick((await response.json()) as never);
  if (!id) throw new Error(`nothing found at ${path}`);
  return id;
}

describe('the practice library', () => {
  let organiser: Page;
  let lessonUrl: string;

  it('lets an organiser turn a solved question and a past meetup’s notes into one lesson', async () => {
    organiser = await demo.signedIn('organiser1@praxis.example');
    const threadId = await idOf(
      organiser,
      `/api/search?q=${encodeURIComponent('booking tool procurement')}`,
      (page: { hits: { thread: { id: string; title: string } }[] }) =>
        page.hits.find((hit) => hit.thread.title === THREAD)?.thread.id,
    );
    const meetupId = await idOf(
      organiser,
      '/api/meetups?when=past&limit=50',
      (page: { meetups: { id: string; title: string }[] }) =>
        page.meetups.find((meetup) => meetup.title === MEETUP)?.id,
    );

    await organiser.goto(`${demo.server.origin}/threads/${threadId}`);
    const fromThread = organiser.getByRole('region', { name: 'Lessons drawn from this' });
    await fromThread.getByRole('button', { name: 'Turn into a lesson' }).click();
    await fromThread.getByRole('button', { name: 'Start a new lesson' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Edit the lesson' }).waitFor();
    const draftUrl = organiser.url().replace(/\/edit$/, '');

    await organiser.goto(`${demo.server.origin}/meetups/${meetupId}`);
    const fromMeetup = organiser.getByRole('region', { name: 'Lessons drawn from this' });
    await fromMeetup.getByRole('button', { name: 'Turn into a lesson' }).click();
    await fromMeetup
      .getByLabel('Draw the lesson from')
      .selectOption({ label: 'The meetup’s notes' });
    const draft = fromMeetup.getByLabel('Or add it to one of your drafts');
    await draft.locator('option').nth(1).waitFor({ state: 'attached' });
    await draft.selectOption({ value: draftUrl.split('/').pop() ?? '' });
    await fromMeetup.getByRole('button', { name: 'Add to the draft' }).click();

    await organiser.getByRole('heading', { level: 1, name: 'Edit the lesson' }).waitFor();
    // The question came with its accepted answer as a second source; this lesson keeps to the
    // question and the notes, so only the question's author is asked. The answer's words go
    // first (in the organiser's own), since a source cannot leave while the lesson quotes it.
    const sources = organiser.getByRole('group', { name: 'Sources' });
    await sources.getByRole('link', { name: MEETUP }).waitFor();
    await organiser.getByLabel('Title').fill(TITLE);
    await organiser
      .getByLabel('What was tried')
      .fill('The city bought the pilot as a small purchase and measured it weekly.');
    await organiser.getByLabel('Stage the practice had reached').selectOption({ label: 'Pilot' });
    await organiser.getByRole('button', { name: 'Save the lesson' }).click();

    await organiser.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    lessonUrl = organiser.url();
    expect(lessonUrl).toBe(draftUrl);
    await organiser.goto(`${draftUrl}/edit`);
    await sources.getByRole('button', { name: `Remove the reply in “${THREAD}”` }).click();
    await sources.getByRole('button', { name: `Remove the reply in “${THREAD}”` }).waitFor({
      state: 'detached',
    });
    await sources.getByRole('link', { name: THREAD }).waitFor();
    await organiser.goto(lessonUrl);
    await organiser.getByRole('button', { name: 'Submit for review' }).click();
    await organiser.getByText('Submitted: the authors of its sources are asked.').waitFor();
    await organiser
      .getByRole('region', { name: 'Sources' })
      .getByText('Asked, waiting for an answer')
      .first()
      .waitFor();
  });

  it('asks the question’s author, who agrees to be quoted', async () => {
    const jasmin = await demo.signedIn('member2@praxis.example');
    await jasmin.goto(`${demo.server.origin}/notifications`);
    await jasmin
      .getByRole('link', { name: new RegExp(`asks you to review the lesson “${TITLE}”`) })
      .first()
      .click();
    await jasmin.waitForURL(lessonUrl);
    const asked = jasmin.getByRole('region', { name: 'You are asked about this lesson' });
    await asked.getByLabel('Yes, it may quote my post and name me').check();
    await asked.getByRole('button', { name: 'Send my answer' }).click();
    await jasmin.getByText('Thank you: your answer is sent to the lesson’s authors.').waitFor();
  });

  it('is published by the organiser', async () => {
    await organiser.reload();
    await organiser.getByRole('button', { name: 'Publish' }).click();
    await organiser.getByText('Published: it is in the library now.').waitFor();
    await organiser.screenshot({ path: await screenshotPath('97-lesson'), fullPage: true });
  });

  it('is found by another member by search and by a filter, who follows its source', async () => {
    const reader = await demo.signedIn('member3@praxis.example');
    await reader.getByRole('link', { name: 'Library' }).first().click();
    await reader.getByRole('heading', { level: 1, name: 'Practice library' }).waitFor();
    await reader.getByLabel('Search the lessons').fill('first week');
    await reader.getByRole('main').getByRole('button', { name: 'Search', exact: true }).click();
    const found = reader.getByRole('link', { name: TITLE });
    await found.waitFor();

    await reader.getByRole('button', { name: 'Clear search and filters' }).first().click();
    await reader.getByLabel('Stage', { exact: true }).selectOption({ label: 'Pilot' });
    await reader.waitForURL(/stage=pilot/);
    await found.waitFor();
    await reader.setViewportSize({ width: 375, height: 812 });
    expect(
      await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await reader.screenshot({ path: await screenshotPath('98-library-phone'), fullPage: true });
    await reader.setViewportSize({ width: 1280, height: 860 });

    await found.click();
    await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await reader
      .getByRole('region', { name: 'Sources' })
      .getByRole('link', { name: THREAD })
      .click();
    await reader.getByRole('heading', { level: 1, name: THREAD }).waitFor();
  });
});

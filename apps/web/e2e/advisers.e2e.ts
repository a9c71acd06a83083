import type { MemberProfile } from '@praxis/contracts/profiles';
import type { ThreadDetail } from '@praxis/contracts/threads';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// The demo network: an asker asks an adviser for advice on their question; the adviser accepts
// the request on their Advice you give page and marks it done; the asker answers "Did this
// help?" with yes, and the adviser's profile says they helped one person.

const demo = demoNetwork();
const ADVISER = 'member10@praxis.example';

describe('asking an adviser, and thanking them', () => {
  let asker: Page;
  let adviser: Page;
  let adviserProfile: MemberProfile;
  let question: ThreadDetail;

  it('lets the asker choose the adviser among the suggestions and ask them', async () => {
    adviser = await demo.signedIn(ADVISER);
    const handle = await adviser.evaluate(
      async () => ((await (await fetch('/api/profile')).json()) as { handle: string }).handle,
    );
    asker = await demo.signedIn('member20@praxis.example');
    adviserProfile = await asker.evaluate(
      async (h) => (await fetch(`/api/members/${h}`)).json(),
      handle,
    );
    const topics = [...adviserProfile.expertise, ...adviserProfile.adviceTopics].slice(0, 3);
    // Their name and topics in the question, so that they come first among the suggestions.
    question = await asker.evaluate(
      async ({ title, tags }) =>
        (
          await fetch('/api/threads', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              kind: 'question',
              title,
              body: 'We are starting out and would like to hear from someone who did this.',
              tags,
              cohortId: null,
            }),
          })
        ).json(),
      { title: `How would ${adviserProfile.name} go about ${topics.join(', ')}?`, tags: topics },
    );
    await asker.goto(`${demo.server.origin}/threads/${question.id}`);
    const panel = asker.locator('#ask-for-advice');
    await panel.getByRole('checkbox', { name: `Ask ${adviserProfile.name}` }).check();
    await panel.getByRole('button', { name: 'Ask 1 selected' }).click();
    const asked = panel.locator('.asked-adviser', { hasText: adviserProfile.name });
    await asked.getByText('Waiting').waitFor();
  });

  it('lets the adviser accept the request and mark it done', async () => {
    await adviser.goto(`${demo.server.origin}/advice`);
    await adviser.getByRole('heading', { level: 1, name: 'Advice you give' }).waitFor();
    // By the question's address, not its title: a retried first test asks again on a new question
    // with the same title.
    const request = adviser.locator('.advice-request', {
      has: adviser.locator(`a[href="/threads/${question.id}"]`),
    });
    await request.getByRole('button', { name: 'Accept' }).click();
    await request.getByRole('button', { name: 'Mark done' }).click();
    await request.getByText('done', { exact: false }).waitFor();
    await request.getByRole('button', { name: 'Mark done' }).waitFor({ state: 'detached' });
    await adviser.setViewportSize({ width: 375, height: 812 });
    expect(
      await adviser.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await adviser.screenshot({ path: await screenshotPath('97-advice-you-give'), fullPage: true });
  });

  it('asks the asker whether it helped, and counts a yes on the adviser’s profile', async () => {
    await asker.goto(`${demo.server.origin}/threads/${question.id}`);
    const asked = asker.locator('.asked-adviser', { hasText: adviserProfile.name });
    await asked.getByText('Done').waitFor();
    const helped = asked.getByRole('group', { name: `Did ${adviserProfile.name}’s advice help?` });
    await helped.getByRole('button', { name: 'Yes' }).click();
    await asked.getByText(`Thank you: ${adviserProfile.name} sees that it helped.`).waitFor();
    await asker.setViewportSize({ width: 375, height: 812 });
    await asker.screenshot({ path: await screenshotPath('98-did-this-help'), fullPage: true });

    await asker.goto(`${demo.server.origin}/members/${adviserProfile.handle}`);
    await asker.getByRole('heading', { level: 1, name: adviserProfile.name }).waitFor();
    expect(await asker.locator('.adviser-thanks').textContent()).toBe('Helped 1 person');
  });
});

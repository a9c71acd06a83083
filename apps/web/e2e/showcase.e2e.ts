import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, launchBrowser, screenshotPath, webText } from './harness.ts';

// The public showcase, end to end in the demo network: a member's story becomes another
// person's lesson, published in the library; an organiser publishes it to the public showcase;
// its author agrees to be shown by name and the post's author by organisation only; a visitor
// who is not signed in reads it with exactly that attribution; the post's author withdraws,
// and the public page answers 410 Gone. A cohort-only lesson is refused, with the server's
// reason on the organiser's screen.

const demo = demoNetwork();
const t = webText('en');
const serverText = (catalog: 'errors' | 'validation'): Record<string, string> =>
  JSON.parse(
    readFileSync(
      new URL(`../../../packages/i18n/messages/server/${catalog}/en.json`, import.meta.url),
      'utf8',
    ),
  );
const serverErrors = serverText('errors');
const JOIN = 'https://transfo.example/join';

const SOURCE_THREAD = 'Letters rewritten with the people who receive them';
const TITLE = 'Rewrite a standard letter with five people who receive it';
/** A seeded lesson that only the Bosnia and Herzegovina cohort reads. */
const COHORT_ONLY = 'Name who owns a pilot inside the administration before it starts';

/** A call to the API as the page's member, with the Origin a browser would send. */
async function api<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  path: string,
  data?: unknown,
) {
  const { origin } = demo.server;
  const response = await page.request.fetch(`${origin}${path}`, {
    method,
    headers: { origin },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Who the page's member is: their name, and the organisation their profile shows. */
async function whoIs(page: Page) {
  const profile = await api<{ name: string; organisation: string }>(page, 'GET', '/api/profile');
  return { name: profile.name, organisation: profile.organisation };
}

/** A visitor's browser: no session, no cookie. */
async function visitor() {
  const browser = await launchBrowser();
  demo.browsers.push(browser);
  return browser.context.newPage();
}

/** At a phone's width the page fits, with nothing to scroll sideways; a screenshot keeps it. */
async function fitsOnPhone(page: Page, name: string) {
  await page.setViewportSize({ width: 375, height: 812 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.screenshot({ path: await screenshotPath(name), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 860 });
}

/** The named member answers on the item's page in the app, as a person would. */
async function answer(page: Page, itemPath: string, choice: string, submit: string) {
  await page.goto(`${demo.server.origin}${itemPath}`);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByLabel(choice).check();
  await page.getByRole('button', { name: submit }).click();
}

describe('the public showcase', () => {
  let organiser: Page;
  let author: Page;
  let storyteller: Page;
  let lessonId: string;
  let itemPath: string;
  let publicUrl: string;

  it('lets an admin say where the showcase’s “Join the network?” leads, refusing what is neither mail nor https', async () => {
    const admin = await demo.signedIn('admin@praxis.example');
    await admin.goto(`${demo.server.origin}/admin/settings`);
    const section = admin.getByRole('region', { name: t('settings.showcase.heading') });
    expect(await section.getByLabel(t('settings.showcase.enabledLabel')).isChecked()).toBe(true);
    const contact = section.getByLabel(t('settings.showcase.contactLabel'));
    await contact.fill('ftp://transfo.example');
    await section.getByRole('button', { name: t('settings.showcase.save') }).click();
    await section
      .getByText(serverText('validation')['validation.settings.showcaseContact'] ?? '')
      .waitFor();
    expect(await contact.getAttribute('aria-invalid')).toBe('true');
    await contact.fill(JOIN);
    await section.getByRole('button', { name: t('settings.showcase.save') }).click();
    await section.getByText(t('settings.showcase.savedOn')).waitFor();
    const home = await (await visitor()).goto(`${demo.server.origin}/showcase/en`);
    expect(await home?.text()).toContain(`href="${JOIN}"`);
  });

  it('starts from a lesson published in the library, with an author and a quoted source', async () => {
    storyteller = await demo.signedIn('member5@praxis.example');
    // Only a post's own author and organisers draw a lesson from it: a second organiser writes it.
    author = await demo.signedIn('organiser2@praxis.example');
    organiser = await demo.signedIn('organiser1@praxis.example');
    const story = await api<{ id: string }>(storyteller, 'POST', '/api/threads', {
      kind: 'success',
      title: SOURCE_THREAD,
      tags: ['service design'],
      story: {
        context: 'Tenants phoned about the housing benefit letter all day.',
        tried: 'We rewrote the letter with five tenants in one afternoon.',
        happened: 'Calls about the letter halved in a month.',
        learned: 'The people who receive a letter know what it fails to say.',
        differently: 'Invite the call centre to the afternoon too.',
      },
      cohortId: null,
    });
    const draft = await api<{ id: string }>(author, 'POST', '/api/lessons', { threadId: story.id });
    lessonId = draft.id;
    await api(author, 'PATCH', `/api/lessons/${lessonId}`, {
      title: TITLE,
      sections: {
        problem: 'Nobody understood the housing benefit letter, so everyone phoned.',
        tried: 'Five tenants rewrote it with the team in one afternoon.',
      },
      stage: 'pilot',
      audienceCohortIds: [],
    });
    const inReview = await api<{ sources: { id: string }[] }>(
      author,
      'POST',
      `/api/lessons/${lessonId}/submit`,
    );
    const [source] = inReview.sources;
    if (!source) throw new Error('the lesson has no source');
    await api(storyteller, 'PUT', `/api/lessons/${lessonId}/sources/${source.id}/consent`, {
      quote: true,
    });
    await api(organiser, 'POST', `/api/lessons/${lessonId}/publish`);
  });

  it('is published by an organiser from the lesson’s page, which asks everyone it names', async () => {
    await organiser.goto(`${demo.server.origin}/library/${lessonId}`);
    const panel = organiser.getByRole('region', { name: t('showcase.publish.heading') });
    await panel.getByText(t('showcase.publish.explain')).waitFor();
    await panel.getByRole('button', { name: t('showcase.publish.lessonButton') }).click();
    await panel.getByRole('button', { name: t('showcase.publish.confirmYes') }).click();
    await panel.getByText(t('showcase.publish.asked')).waitFor();
    await panel.getByText(t('showcase.status.waitingFor', { count: 2 })).waitFor();
    await panel.getByRole('link', { name: t('showcase.publish.seeItem') }).click();
    await organiser.waitForURL(/\/published\/[0-9a-f-]{36}$/);
    itemPath = new URL(organiser.url()).pathname;
    await organiser.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await fitsOnPhone(organiser, 'showcase-item-organiser-phone');

    await organiser.goto(`${demo.server.origin}/published`);
    const row = organiser.getByRole('article', { name: TITLE });
    await row.getByText(t('showcase.answer.pending')).first().waitFor();
    await row
      .getByRole('button', { name: t('showcase.unpublish.button', { status: 'awaiting_consent' }) })
      .waitFor();
    await fitsOnPhone(organiser, 'showcase-list-organiser-phone');
  });

  it('goes public once its author agrees by name and the post’s author by organisation only', async () => {
    await answer(author, itemPath, t('showcase.consent.choice.name'), t('showcase.consent.submit'));
    await author.getByText(t('showcase.consent.saved.name')).waitFor();
    await answer(
      storyteller,
      itemPath,
      t('showcase.consent.choice.organisation'),
      t('showcase.consent.submit'),
    );
    await storyteller.getByText(t('showcase.consent.saved.organisation')).waitFor();
    await storyteller.getByText(t('showcase.status.published'), { exact: true }).waitFor();
    const link = storyteller.getByRole('link', { name: t('showcase.item.publicPage') });
    publicUrl = (await link.getAttribute('href')) ?? '';
    expect(publicUrl).toMatch(/^https?:\/\/.+\/showcase\//);
  });

  it('shows a signed-out visitor the lesson with exactly that attribution', async () => {
    const named = await whoIs(author);
    const byOrganisation = await whoIs(storyteller);
    expect(byOrganisation.organisation).not.toBe('');
    const page = await visitor();
    const response = await page.goto(publicUrl);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain(named.name);
    expect(text).toContain(byOrganisation.organisation);
    // Nowhere in the page, not even in its metadata.
    expect(await response?.text()).not.toContain(byOrganisation.name);
    await page.setViewportSize({ width: 375, height: 812 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({ path: await screenshotPath('showcase-public-phone'), fullPage: true });
  });

  it('shows a named member in Bosnian, on a phone, how to change or withdraw their answer', async () => {
    const bs = webText('bs');
    const { member } = await api<{ member: { locale: string | null } }>(
      storyteller,
      'GET',
      '/api/auth/me',
    );
    await api(storyteller, 'PUT', '/api/auth/me/locale', { locale: 'bs' });
    try {
      await storyteller.goto(`${demo.server.origin}/published`);
      await storyteller
        .getByRole('heading', { level: 1, name: bs('showcase.list.title') })
        .waitFor();
      await storyteller
        .getByText(bs('showcase.list.yourAnswer', { answer: bs('showcase.answer.organisation') }))
        .waitFor();
      await fitsOnPhone(storyteller, 'showcase-list-member-phone-bs');
      await storyteller.getByRole('link', { name: TITLE }).click();
      await storyteller.getByText(bs('showcase.consent.withdrawNotice')).waitFor();
      await fitsOnPhone(storyteller, 'showcase-item-member-phone-bs');
    } finally {
      await api(storyteller, 'PUT', '/api/auth/me/locale', { locale: member.locale });
    }
  });

  it('is taken down at once when the post’s author withdraws, and its page answers 410', async () => {
    await storyteller.goto(`${demo.server.origin}${itemPath}`);
    await storyteller.getByText(t('showcase.consent.withdrawNotice')).waitFor();
    await storyteller.getByLabel(t('showcase.consent.choice.withdraw')).check();
    await storyteller.getByText(t('showcase.consent.withdrawWarning')).waitFor();
    await storyteller.getByRole('button', { name: t('showcase.consent.withdrawSubmit') }).click();
    await storyteller.getByText(t('showcase.status.withdrawn'), { exact: true }).waitFor();
    await storyteller.getByText(t('showcase.withdrawal.consent_withdrawn')).waitFor();

    const page = await visitor();
    const gone = await page.goto(publicUrl);
    expect(gone?.status()).toBe(410);
    expect(await gone?.text()).not.toContain(TITLE);
    const unknown = await page.goto(publicUrl.replace(/[^/]+$/, 'no-such-lesson-0000'));
    expect(unknown?.status()).toBe(404);
  });

  it('refuses a cohort-only lesson, and the organiser reads why', async () => {
    const library = await api<{ lessons: { id: string; title: string; audience: unknown[] }[] }>(
      organiser,
      'GET',
      `/api/lessons?q=${encodeURIComponent('owns a pilot')}`,
    );
    const lesson = library.lessons.find((candidate) => candidate.title === COHORT_ONLY);
    if (!lesson) throw new Error(`the demo lesson "${COHORT_ONLY}" is not in the library`);
    expect(lesson.audience).not.toEqual([]);

    await organiser.goto(`${demo.server.origin}/library/${lesson.id}`);
    const panel = organiser.getByRole('region', { name: t('showcase.publish.heading') });
    await panel.getByRole('button', { name: t('showcase.publish.lessonButton') }).click();
    await panel.getByRole('button', { name: t('showcase.publish.confirmYes') }).click();
    await panel
      .getByRole('alert')
      .getByText(serverErrors['errors.showcase.lessonCohortOnly'] ?? '')
      .waitFor();
    await organiser.setViewportSize({ width: 375, height: 812 });
    await organiser.screenshot({
      path: await screenshotPath('showcase-refused-phone'),
      fullPage: true,
    });
    await organiser.setViewportSize({ width: 1280, height: 860 });
  });
});

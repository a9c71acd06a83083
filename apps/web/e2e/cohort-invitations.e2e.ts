import { startSmtpSink } from '@praxis/api/testing/smtp-sink';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, screenshotPath, startServer } from './harness.ts';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let server: RunningServer;
let organiser: Awaited<ReturnType<typeof launchBrowser>>;
let invitee: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startServer({
    database: 'embedded',
    env: { PRAXIS_SEED: 'demo', SMTP_URL: smtp.url, MAIL_FROM: 'Praxis <praxis@praxis.test>' },
  });
  organiser = await launchBrowser();
  invitee = await launchBrowser();
});
afterAll(async () => {
  await organiser?.close();
  await invitee?.close();
  await server?.stop();
  await smtp?.close();
});

const lastPage = (browser: typeof organiser) => browser.context.pages().at(-1) as Page;
const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 860 };

describe('an organiser brings alumni into a cohort', () => {
  it('checks a pasted list row by row, and sends only what the organiser confirms', async () => {
    const page = await organiser.context.newPage();
    await page.goto(`${server.origin}/login`);
    await page.getByLabel('E-mail').fill('organiser1@praxis.example');
    await page.getByLabel('Password', { exact: true }).fill('praxis-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();

    // Organisers reach their cohorts from the main navigation.
    await mainNavigation(page).getByRole('link', { name: 'Cohorts', exact: true }).click();
    await page.getByRole('link', { name: 'La Transfo 2023' }).click();
    await page.getByRole('heading', { level: 1, name: 'La Transfo 2023' }).waitFor();
    await page.getByRole('link', { name: 'Invite people to this cohort' }).click();

    await page
      .getByLabel('People to invite')
      .fill('Inès Fontaine <ines.fontaine@region.example>\nnot-an-address\nmember1@praxis.example');
    await page.getByRole('button', { name: 'Check the list' }).click();
    await page
      .getByRole('heading', {
        name: 'Checked: 1 ready to invite, 1 with problems, 1 already a member',
      })
      .waitFor();
    await page.getByText('“not-an-address” is not a valid e-mail address.').waitFor();
    await page
      .getByRole('region', { name: 'Already members of Praxis' })
      .getByText(/member1@praxis\.example · row 3/)
      .waitFor();
    await page.screenshot({ path: await screenshotPath('40-invite-check'), fullPage: true });
    expect(smtp.received).toHaveLength(0);

    await page.getByRole('button', { name: 'Send 1 invitation' }).click();
    await page.getByText('1 invitation created').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'ines.fontaine@region.example' });
    await row.getByText('sent', { exact: true }).waitFor();
    await page.screenshot({ path: await screenshotPath('41-invitations-sent'), fullPage: true });
  });

  it('e-mails the invitee a link; they join, fill their profile, add a picture', async () => {
    const [mail] = await smtp.waitFor(1);
    expect(mail?.to).toEqual(['ines.fontaine@region.example']);
    expect(mail?.raw).toContain('invites you to La Transfo 2023 on Praxis');
    const link = /https?:\/\/\S+\/invite\/[\w-]+/.exec(mail?.text ?? '')?.[0] ?? '';
    expect(link.startsWith(server.origin)).toBe(true);

    const page = await invitee.context.newPage();
    await page.goto(link);
    await page.getByText('La Transfo 2023', { exact: true }).waitFor();
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Inès Fontaine');
    await page.getByLabel('Password').fill('circular procurement in lyon');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Praxis, Inès' }).waitFor();
    await page.getByRole('link', { name: 'Complete your profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();

    await page.getByLabel('Headline').fill('Buying circular furniture for 300 schools');
    const expertise = page.getByRole('textbox', { name: 'Expertise', exact: true });
    await expertise.fill('circular procurement');
    await expertise.press('Enter');
    const picture = await page.locator('.avatar-editor .avatar').screenshot();
    await page
      .getByLabel('Choose a picture')
      .setInputFiles({ name: 'ines.png', mimeType: 'image/png', buffer: picture });
    await page.getByRole('button', { name: 'Use this picture' }).click();
    await page.getByText('Your new picture is saved.').waitFor();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();
  });

  it('makes them findable in the directory by an expertise word and by the cohort filter', async () => {
    const page = lastPage(invitee);
    await page.goto(`${server.origin}/directory`);
    await page.getByLabel('Search the network').fill('circular');
    const card = page.locator('.member-card').filter({ hasText: 'Inès Fontaine' });
    await card.waitFor();
    await card.locator('img').waitFor();
    await page.getByRole('button', { name: /^La Transfo 2023 \(\d+\)$/ }).click();
    await card.waitFor();
    await page.screenshot({ path: await screenshotPath('42-found-in-directory'), fullPage: true });
  });

  it('does not let the same link be used twice', async () => {
    const [mail] = smtp.received;
    const link = /https?:\/\/\S+\/invite\/[\w-]+/.exec(mail?.text ?? '')?.[0] ?? '';
    const page = await organiser.context.newPage();
    await page.goto(link);
    await page.getByText('This invitation has already been used').waitFor();
  });

  it('lets the organiser add an existing member to another cohort, and take them out again', async () => {
    const page = lastPage(organiser);
    await page.goto(`${server.origin}/cohorts`);
    await page.getByRole('link', { name: 'La Transfo 2021' }).click();
    await page.getByRole('heading', { level: 1, name: 'La Transfo 2021' }).waitFor();
    await page.getByText('Add members who already have an account').click();
    await page.getByLabel('Find a member').fill('Inès');
    await page.getByRole('button', { name: 'Add Inès Fontaine' }).click();
    await page.getByText('Added to La Transfo 2021.').waitFor();
    await page.getByText('in the cohort', { exact: true }).waitFor();
    const listed = page.locator('.person-row').filter({ hasText: 'Inès Fontaine' });
    await listed.waitFor();
    await page.screenshot({ path: await screenshotPath('43-cohort-page'), fullPage: true });

    page.once('dialog', (dialog) => void dialog.accept());
    await listed.getByRole('button', { name: /^Remove Inès Fontaine/ }).click();
    await listed.waitFor({ state: 'detached' });
  });

  it('shows the Cohorts link in the main navigation to organisers only', async () => {
    const member = lastPage(invitee);
    await mainNavigation(member).getByRole('link', { name: 'Directory' }).waitFor();
    expect(await mainNavigation(member).getByRole('link', { name: 'Cohorts' }).count()).toBe(0);
    const page = lastPage(organiser);
    await page.goto(`${server.origin}/`);
    await mainNavigation(page).getByRole('link', { name: 'Cohorts', exact: true }).waitFor();
  });

  it('confirms a new cohort and goes straight to inviting its people, where existing members are added in the same step', async () => {
    const page = lastPage(organiser);
    await page.goto(`${server.origin}/cohorts`);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const transfo = page.locator('.programme').filter({
      has: page.getByRole('heading', { level: 2, name: 'La Transfo', exact: true }),
    });
    await transfo.getByText('New cohort in La Transfo').click();
    await transfo.getByLabel('Cohort name').fill('La Transfo 2026');
    await transfo.getByLabel('Year').fill('2026');
    await transfo.getByRole('button', { name: 'Create cohort' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'Invite people to La Transfo 2026' })
      .waitFor();
    await page.getByRole('status').filter({ hasText: 'Cohort La Transfo 2026 created.' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/cohorts\/[0-9a-f-]{36}\/invite$/);
    // Reached by the router, not by loading the page again.
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    await page
      .getByLabel('People to invite')
      .fill('member1@praxis.example\nmember2@praxis.example\nnew.person@agency.example');
    await page.getByRole('button', { name: 'Check the list' }).click();
    await page
      .getByRole('heading', { name: 'Checked: 1 ready to invite, 2 already members' })
      .waitFor();
    const existing = page.getByRole('region', { name: 'Already members of Praxis' });
    await existing.getByLabel(/member2@praxis\.example/).uncheck();
    await page.screenshot({ path: await screenshotPath('44-existing-members'), fullPage: true });
    await existing.getByRole('button', { name: 'Add 1 member to La Transfo 2026' }).click();
    await existing.getByText(/^Added .+ to La Transfo 2026\./).waitFor();
    await existing.getByText('in La Transfo 2026', { exact: true }).waitFor();
    expect(await existing.getByLabel(/member2@praxis\.example/).isChecked()).toBe(false);

    await page.getByRole('button', { name: 'Send 1 invitation' }).click();
    await page.getByText('1 invitation created').waitFor();
    // The offer outlives the invitations: member2 can still be added.
    await existing.getByLabel(/member2@praxis\.example/).waitFor();
    await page.setViewportSize(PHONE);
    await page.screenshot({
      path: await screenshotPath('45-existing-members-phone'),
      fullPage: true,
    });
    await page.setViewportSize(DESKTOP);

    await page.getByRole('link', { name: 'La Transfo 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'La Transfo 2026' }).waitFor();
    await page.getByText(/^1 member/).waitFor();
  });

  it('shows each invitation’s cohort on the Invitations page, keeps its filters in the address, and resends and withdraws', async () => {
    const page = lastPage(organiser);
    await page.goto(`${server.origin}/invitations`);
    await page.getByLabel('Cohort', { exact: true }).selectOption({ label: 'La Transfo 2023' });
    await page.getByLabel('Status', { exact: true }).selectOption('accepted');
    const ines = page.getByRole('row').filter({ hasText: 'ines.fontaine@region.example' });
    await ines.getByRole('link', { name: 'La Transfo 2023' }).waitFor();
    expect(await ines.getByRole('button').count()).toBe(0);

    await page.getByLabel('Cohort', { exact: true }).selectOption({ label: 'La Transfo 2026' });
    await page.getByLabel('Status', { exact: true }).selectOption('pending');
    const row = page.getByRole('row').filter({ hasText: 'new.person@agency.example' });
    await row.waitFor();
    await page.reload();
    await row.getByRole('link', { name: 'La Transfo 2026' }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('pending');
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('pending');
    expect(await page.getByRole('row').count()).toBe(2);

    const before = smtp.received.length;
    await row.getByRole('button', { name: 'Resend to new.person@agency.example' }).click();
    const [again] = (await smtp.waitFor(before + 1)).slice(before);
    expect(again?.to).toEqual(['new.person@agency.example']);
    await row.getByText('sent', { exact: true }).waitFor();
    await page.screenshot({ path: await screenshotPath('46-invitations-page'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: await screenshotPath('47-invitations-phone'), fullPage: true });
    await page.setViewportSize(DESKTOP);

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: /^Withdraw/ }).click();
    await page.getByText('No invitations match these filters.').waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('revoked');
    await row.getByText('withdrawn', { exact: true }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);

    await row.getByRole('link', { name: 'La Transfo 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'La Transfo 2026' }).waitFor();
  });
});

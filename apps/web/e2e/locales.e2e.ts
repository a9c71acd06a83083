import type { SessionResponse } from '@praxis/contracts/auth';
import type { ThreadDetail } from '@praxis/contracts/threads';
import type { Locale } from '@praxis/i18n/locales';
import { translate, translator } from '@praxis/i18n/translate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ANY,
  DEMO_PASSWORD,
  demoNetworkWithMail,
  launchBrowser,
  like,
  screenshotPath,
  webText,
} from './harness.ts';

// Praxis walked in French and in Bosnian, each by a member who picks the language on the
// sign-in page: a question asked, a vote in a date poll, the account menu's switch (which the
// member's profile keeps), and a reply told by e-mail in that language. Every word the test
// expects comes from the catalogs.

const demo = demoNetworkWithMail();

const en = webText('en');
const REPLIER = 'member2@praxis.example';
const POLLED_MEETUP = 'Inter-Transfo in Sarajevo';

interface Walk {
  locale: Locale;
  asker: string;
  question: { title: string; body: string };
  reply: string;
  /** The language the member switches to from the account menu afterwards. */
  switchTo: Locale;
}

const walks: Walk[] = [
  {
    locale: 'fr',
    asker: 'member11@praxis.example',
    question: {
      title: 'Comment lancer un marché public d’innovation avec une start-up ?',
      body: 'Notre service juridique exige un appel d’offres complet pour un pilote de trois mois.',
    },
    reply: 'Look at the innovation partnership procedure: it was made for this.',
    switchTo: 'sr-Latn',
  },
  {
    locale: 'bs',
    asker: 'member1@praxis.example',
    question: {
      title: 'Kako pokrenuti pilot javne nabavke sa startupom?',
      body: 'Naša pravna služba traži puni tender za pilot od tri mjeseca.',
    },
    reply: 'Try a design contest first: it needs no full tender.',
    switchTo: 'hr',
  },
];

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

async function me(page: Page) {
  const response = await page.context().request.get(`${demo.server.origin}/api/auth/me`);
  return ((await response.json()) as SessionResponse).member;
}

let replier: Page | undefined;

describe.each(walks)('Praxis in $locale', (walk) => {
  const t = webText(walk.locale);
  let asker: Page;
  let threadUrl: string;

  it('switches the sign-in page to the language chosen there, and signs in in it', async () => {
    const browser = await launchBrowser();
    demo.browsers.push(browser);
    asker = await browser.context.newPage();
    await asker.goto(`${demo.server.origin}/login`);
    await asker.getByRole('heading', { level: 1, name: en('auth.login.title') }).waitFor();
    expect(await htmlLang(asker)).toBe('en');

    await asker.getByLabel(en('common.language.label')).selectOption(walk.locale);
    await asker.getByRole('heading', { level: 1, name: t('auth.login.title') }).waitFor();
    expect(await htmlLang(asker)).toBe(walk.locale);
    await asker.getByText(t('auth.login.intro')).waitFor();
    await asker.getByText(t('auth.login.invitationOnly')).waitFor();
    expect(await asker.getByLabel(t('common.language.label')).inputValue()).toBe(walk.locale);
    await asker.screenshot({ path: await screenshotPath(`locales-${walk.locale}-1-sign-in`) });

    await asker.getByLabel(t('auth.field.email'), { exact: true }).fill(walk.asker);
    await asker.getByLabel(t('auth.field.password'), { exact: true }).fill(DEMO_PASSWORD);
    await asker.getByRole('button', { name: t('auth.login.submit') }).click();
    await asker
      .getByRole('heading', { level: 1, name: like(t('home.page.welcome', { name: ANY })) })
      .waitFor();
    const firstName = (await me(asker)).name.split(' ')[0] ?? '';
    expect(await asker.getByRole('heading', { level: 1 }).textContent()).toBe(
      t('home.page.welcome', { name: firstName }),
    );
    expect(await htmlLang(asker)).toBe(walk.locale);
  });

  it('asks a question in the new thread form, written in that language unless told otherwise', async () => {
    await asker
      .getByRole('navigation', { name: t('common.nav.main') })
      .getByRole('link', { name: t('common.nav.threads') })
      .click();
    await asker.getByRole('link', { name: t('threads.list.newThread') }).click();
    await asker.getByRole('heading', { level: 1, name: t('threads.newThread.title') }).waitFor();
    await asker.getByLabel(t('common.threadKind.question'), { exact: true }).check();
    await asker.getByLabel(t('threads.form.titleLabel'), { exact: true }).fill(walk.question.title);
    await asker.getByLabel(t('threads.form.bodyLabel'), { exact: true }).fill(walk.question.body);
    expect(await asker.getByLabel(t('content.language.label')).inputValue()).toBe(walk.locale);
    await asker.screenshot({
      path: await screenshotPath(`locales-${walk.locale}-2-new-question`),
      fullPage: true,
    });
    await asker.getByRole('button', { name: t('threads.newThread.submit') }).click();
    await asker.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    threadUrl = asker.url();
    await asker.getByRole('heading', { level: 1, name: walk.question.title }).waitFor();

    const id = threadUrl.split('/').at(-1);
    const thread = (await (
      await asker.context().request.get(`${demo.server.origin}/api/threads/${id}`)
    ).json()) as ThreadDetail;
    expect(thread.language).toBe(walk.locale);
    expect(thread.kind).toBe('question');
  });

  it('votes in a meetup’s date poll', async () => {
    await asker
      .getByRole('navigation', { name: t('common.nav.main') })
      .getByRole('link', { name: t('common.nav.meetups') })
      .click();
    await asker.getByRole('link', { name: POLLED_MEETUP, exact: true }).first().click();
    const poll = asker.getByRole('region', { name: t('meetups.poll.region') });
    // One button per date whose every tap moves the vote on: yes, if need be, no.
    const votes = poll.locator('button.vote-cycle');
    await votes.nth(3).waitFor();
    const holds = async (index: number, value: string) =>
      (await votes.nth(index).getAttribute('class'))?.split(' ').includes(`vote-${value}`);
    const choices = [
      ['yes', 'meetups.poll.yes'],
      ['if_need_be', 'meetups.poll.ifNeedBe'],
      ['no', 'meetups.poll.no'],
      ['yes', 'meetups.poll.yes'],
    ] as const;
    for (const [index, [value, label]] of choices.entries()) {
      for (let tap = 0; tap < 3 && !(await holds(index, value)); tap += 1) {
        await votes.nth(index).click();
      }
      expect(await votes.nth(index).textContent()).toContain(t(label));
    }
    await asker.getByRole('button', { name: t('meetups.poll.saveVotes') }).click();
    await asker.getByText(t('meetups.poll.saved')).waitFor();
    await asker.screenshot({
      path: await screenshotPath(`locales-${walk.locale}-3-date-poll`),
      fullPage: true,
    });

    await asker.reload();
    await votes.nth(3).waitFor();
    for (const [index, [value]] of choices.entries()) {
      expect(await holds(index, value)).toBe(true);
    }
  });

  it('changes the language from the account menu, and keeps it in the profile', async () => {
    const next = webText(walk.switchTo);
    const { name } = await me(asker);
    // Its name is the member's, then (hidden) what the button is for.
    const accountButton = asker.getByRole('button', { name: like(`${name}${ANY}`) });
    await accountButton.click();
    // By role: the phone menu's switch is in the page too, in a closed dialog.
    const menuSwitch = asker.getByRole('combobox', { name: t('common.language.label') });
    expect(await menuSwitch.inputValue()).toBe(walk.locale);
    await menuSwitch.selectOption(walk.switchTo);
    const nav = asker.getByRole('navigation', { name: next('common.nav.main') });
    await nav.getByRole('link', { name: next('common.nav.meetups') }).waitFor();
    expect(await htmlLang(asker)).toBe(walk.switchTo);
    await expect.poll(async () => (await me(asker)).locale).toBe(walk.switchTo);

    // Without the switch's cookie, only the profile can say which language this is.
    await asker.context().clearCookies({ name: 'praxis_locale' });
    await asker.reload();
    await nav.getByRole('link', { name: next('common.nav.threads') }).waitFor();
    expect(await htmlLang(asker)).toBe(walk.switchTo);
    await asker.screenshot({ path: await screenshotPath(`locales-${walk.locale}-4-switched`) });

    await accountButton.click();
    await asker
      .getByRole('combobox', { name: next('common.language.label') })
      .selectOption(walk.locale);
    await asker
      .getByRole('navigation', { name: t('common.nav.main') })
      .getByRole('link', { name: t('common.nav.meetups') })
      .waitFor();
    await expect.poll(async () => (await me(asker)).locale).toBe(walk.locale);
  });

  it('tells the asker of a reply by e-mail in their language', async () => {
    // Mail is written in the language of the member's profile, where the account menu put it.
    replier ??= await demo.signedIn(REPLIER);
    await replier.goto(threadUrl);
    const composer = replier.getByLabel(en('threads.composer.label'), { exact: true });
    await composer.fill(walk.reply);
    // The field holds the words before they go (a draft restored late would have replaced them).
    await expect.poll(() => composer.inputValue()).toBe(walk.reply);
    await replier.getByRole('button', { name: en('threads.composer.submit') }).click();
    // Posted: the composer empties, then the reply is in the thread's list.
    await expect.poll(() => composer.inputValue(), { timeout: 60_000 }).toBe('');
    await replier.locator('.reply-list').getByText(walk.reply).waitFor({ timeout: 60_000 });
    const actor = (await me(replier)).name;

    const threadId = threadUrl.split('/').at(-1) ?? '';
    const mail = await demo.parsedMailTo(walk.asker, new RegExp(threadId));
    const say = translator(walk.locale);
    expect(mail.subject).toBe(
      say('mail.notice.sentence.reply', { actor, thread: walk.question.title }),
    );
    expect(mail.text).toContain(say('mail.notice.short.reply', { actor }));
    expect(mail.text).toContain(walk.reply);
    expect(mail.text).toContain(say('mail.notice.replyByMail.thread'));
    expect(mail.text).toContain(say('mail.action.openThread'));
    expect(mail.text).not.toContain(translate('en', 'mail.notice.short.reply', { actor }));
    expect(String(mail.html)).toContain(`lang="${walk.locale}"`);
  });
});

import type { RoomList } from '@praxis/contracts/chat';
import { FIRST_ANSWERS_ELEMENT_ID } from '@praxis/contracts/first-load';
import type { MeetupPage } from '@praxis/contracts/meetups';
import type { ThreadPage } from '@praxis/contracts/threads';
import { PSEUDO_LOCALE } from '@praxis/i18n/pseudo';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, launchBrowser, screenshotPath } from './harness.ts';

// The pseudo-locale (every letter accented, every text 40 % longer) on a phone: what does not
// fit shows as a page that scrolls sideways or a control that cuts its words, and text without
// the accents never went through the catalogs.

const demo = demoNetwork();

const PHONE = { width: 375, height: 812 };

/** The phone header is one row: the brand, a search button, the bell and the menu button. */
const HEADER_MAX_HEIGHT = 64;

interface Findings {
  scrollWidth: number;
  headerHeight: number;
  /** The innermost elements that reach past the right edge of their parent's box. */
  overflowing: string[];
  /** Buttons, tabs, badges and header links whose text does not fit inside them. */
  clipped: string[];
  /** Text and labels that are neither the catalogs' (accented) nor what the API sent. */
  untranslated: string[];
}

/**
 * Runs in the page. Text is accounted for when it carries the pseudo-locale's marks, when the
 * API sent it (members' names, titles, tags: their content, in their words), inside cooked
 * Markdown, or when Intl wrote it (dates and times: en-XA formats as English, with no accents).
 */
function inspect(apiStrings: string[]): Findings {
  const sent = new Set(apiStrings.map((value) => value.trim()));
  const shown = (element: Element) =>
    element.checkVisibility({ visibilityProperty: true }) &&
    element.getBoundingClientRect().width > 0;
  const name = (element: Element) => {
    const classes = [...element.classList].slice(0, 2).join('.');
    return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
  };
  const pseudo = /[[\]·áƀçđéğĥíķĺñóŕšţúýžÁƁÇĐÉĞĤÍĶĹÑÓŔŠŢÚÝŽ]/;
  const dateWords =
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(am|pm|ago|in|at|now|today|yesterday|tomorrow|last|next|(second|minute|hour|day|week|month|year)s?)\b/gi;
  // A title the catalogs put in quotes ("Accept “{title}”") is still the API's.
  const unquoted = (text: string) => text.replace(/^[\s(“"«„]+|[\s)”"»]+$/g, '');
  const accountedFor = (text: string) =>
    !/[a-zA-Z]{2}/.test(text) ||
    pseudo.test(text) ||
    text === 'Praxis' ||
    sent.has(unquoted(text)) ||
    !/[a-zA-Z]{2}/.test(text.replace(dateWords, ''));
  // Avatars show initials; the language switch names each language in itself.
  const content = '.prose, .avatar, option[lang], script, style, noscript, textarea';

  // What a box that scrolls sideways (the date poll's grid) holds may reach past it.
  const scrolled = (element: Element) => {
    for (let box = element.parentElement; box; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== 'visible') return true;
    }
    return false;
  };
  /** Where the element's parent lets its content reach: its right edge, less its padding. */
  const room = (element: Element) => {
    // A parent with `display: contents` has no box: the nearest ancestor with one holds the element.
    let parent = element.parentElement;
    while (parent && parent !== document.body && getComputedStyle(parent).display === 'contents') {
      parent = parent.parentElement;
    }
    if (!parent || parent === document.body) return document.documentElement.clientWidth;
    const style = getComputedStyle(parent);
    const inset = Number.parseFloat(style.paddingRight) + Number.parseFloat(style.borderRightWidth);
    return parent.getBoundingClientRect().right - inset;
  };
  const escapes = (element: Element) =>
    shown(element) &&
    !element.closest('.visually-hidden') &&
    !['absolute', 'fixed'].includes(getComputedStyle(element).position) &&
    element.getBoundingClientRect().right > room(element) + 1 &&
    !scrolled(element);
  // The innermost elements that reach past their parent's box (and so, maybe, the screen's).
  const overflowing = [...document.body.querySelectorAll('*')].filter(
    (element) => escapes(element) && ![...element.children].some(escapes),
  );

  const controls = document.querySelectorAll(
    'button, [role="tab"], .site-header a, nav a, .view-tabs a, [class*="badge"], [class*="-count"], .chip, a[class*="button"]',
  );
  const clipped = [...controls].filter((control) => {
    if (!shown(control) || control.closest('.visually-hidden')) return false;
    const box = control.getBoundingClientRect();
    const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A badge pinned to a corner is checked on its own.
      if (!parent || parent.closest('.visually-hidden') || !node.nodeValue?.trim()) continue;
      if (parent !== control && getComputedStyle(parent).position === 'absolute') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      if (text.right > box.right + 1 || text.left < box.left - 1) return true;
    }
    return control instanceof HTMLElement && control.scrollWidth > control.clientWidth + 1
      ? getComputedStyle(control).overflowX !== 'visible'
      : false;
  });

  const untranslated = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim() ?? '';
    const parent = node.parentElement;
    if (!parent || accountedFor(text) || parent.closest(content)) continue;
    if (!shown(parent) && !parent.closest('.visually-hidden')) continue;
    untranslated.add(`${name(parent)}: ${text}`);
  }
  for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
    for (const element of document.body.querySelectorAll(`[${attribute}]`)) {
      const text = element.getAttribute(attribute)?.trim() ?? '';
      if (accountedFor(text) || element.closest('.prose')) continue;
      untranslated.add(`${name(element)}[${attribute}]: ${text}`);
    }
  }

  const label = (element: Element) =>
    `${name(element)} "${(element.textContent ?? '').trim().slice(0, 50)}"`;
  return {
    scrollWidth: document.documentElement.scrollWidth,
    headerHeight: Math.round(
      document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
    ),
    overflowing: overflowing.map(label),
    clipped: clipped.map(label),
    untranslated: [...untranslated],
  };
}

/**
 * Every string of every JSON answer the page receives from the API, kept in `into`: those it
 * asks for, and those the page came with (the server writes a first load's answers into it).
 */
function collectApiStrings(page: Page, into: Set<string>, pending: Promise<unknown>[]) {
  const walk = (value: unknown): void => {
    if (typeof value === 'string') into.add(value.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const answersElement = new RegExp(
    `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">([^<]*)</script>`,
  );
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') {
      const answers = response.text().then((html) => {
        const found = html.match(answersElement)?.[1];
        if (found) walk(JSON.parse(found));
      });
      pending.push(answers.catch(() => undefined));
      return;
    }
    const json = (response.headers()['content-type'] ?? '').includes('application/json');
    if (!response.url().includes('/api/') || !json) return;
    pending.push(response.json().then(walk, () => undefined));
  });
}

describe('the pseudo-locale on a phone', () => {
  it('fits every main page, its menu and its search box in 375 px under a header of one row, cuts no control and shows no text outside the catalogs', async () => {
    const origin = demo.server.origin;
    const organiser = await demo.signedIn('organiser1@praxis.example');
    const api = organiser.context().request;
    const { threads } = (await (await api.get(`${origin}/api/threads`)).json()) as ThreadPage;
    const { meetups } = (await (await api.get(`${origin}/api/meetups`)).json()) as MeetupPage;
    const { rooms } = (await (await api.get(`${origin}/api/rooms`)).json()) as RoomList;
    const thread = threads.find((each) => each.replyCount > 0);
    const polled = meetups.find((each) => each.status === 'proposed');
    const room = rooms.find((each) => each.kind === 'cohort');
    if (!thread || !polled || !room) throw new Error('the demo network lacks a page to look at');

    const visitor = await launchBrowser();
    demo.browsers.push(visitor);
    const signIn = await visitor.context.newPage();
    const apiStrings = new Set<string>();
    const pending: Promise<unknown>[] = [];
    const visits: [Page, string, string][] = [
      [organiser, 'home', '/'],
      [organiser, 'threads', '/threads'],
      [organiser, 'thread', `/threads/${thread.id}`],
      [organiser, 'new-thread', '/threads/new'],
      [organiser, 'directory', '/directory'],
      [organiser, 'profile', `/members/${thread.author.handle}`],
      [organiser, 'meetups', '/meetups'],
      [organiser, 'meetup-poll', `/meetups/${polled.id}`],
      [organiser, 'chat-room', `/chat/${room.id}`],
      [organiser, 'notifications', '/notifications'],
      [organiser, 'account', '/account'],
      [organiser, 'email-settings', '/settings/email'],
      [signIn, 'sign-in', '/login'],
    ];
    for (const page of [organiser, signIn]) {
      await page
        .context()
        .addCookies([{ name: 'praxis_locale', value: PSEUDO_LOCALE, url: origin }]);
      await page.setViewportSize(PHONE);
      collectApiStrings(page, apiStrings, pending);
    }

    const report: Record<string, Findings> = {};
    for (const [page, name, path] of visits) {
      await page.goto(`${origin}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(PSEUDO_LOCALE);
      await page.screenshot({ path: await screenshotPath(`pseudo-${name}`), fullPage: true });
      await page.screenshot({ path: await screenshotPath(`pseudo-${name}-top`) });
      report[name] = await page.evaluate(inspect, [...apiStrings]);
    }

    // What the phone header opens: the menu, and the search box laid over the header.
    await organiser.locator('.menu-button').click();
    await organiser.locator('.site-menu[open]').waitFor();
    await organiser.screenshot({ path: await screenshotPath('pseudo-menu') });
    report.menu = await organiser.evaluate(inspect, [...apiStrings]);
    await organiser.keyboard.press('Escape');
    await organiser.locator('.header-search-toggle').click();
    await organiser.locator('#header-search').waitFor();
    await organiser.screenshot({ path: await screenshotPath('pseudo-search') });
    report.search = await organiser.evaluate(inspect, [...apiStrings]);
    await organiser.keyboard.press('Escape');

    // The checks themselves: each sees the fault it is for.
    await organiser.evaluate(() => {
      const main = document.querySelector('main');
      const words = document.createElement('p');
      words.textContent = 'Words outside the catalogs';
      const wide = document.createElement('div');
      wide.style.width = '500px';
      wide.textContent = '[·]';
      const cut = document.createElement('button');
      cut.style.cssText = 'width: 3rem; overflow: hidden; white-space: nowrap';
      cut.textContent = '[Ŕáţĥéŕ ĺóñğ ·····]';
      main?.append(words, wide, cut);
    });
    const faults = await organiser.evaluate(inspect, [...apiStrings]);
    expect(faults.untranslated).toEqual(['p: Words outside the catalogs']);
    expect(faults.overflowing).toEqual(['div "[·]"']);
    expect(faults.clipped).toEqual(['button "[Ŕáţĥéŕ ĺóñğ ·····]"']);
    expect(faults.scrollWidth).toBeGreaterThan(PHONE.width);

    console.log(JSON.stringify(report, null, 2));
    for (const [name, { scrollWidth, headerHeight, ...lists }] of Object.entries(report)) {
      expect({ name, ...lists }).toEqual({ name, overflowing: [], clipped: [], untranslated: [] });
      expect(scrollWidth, name).toBeLessThanOrEqual(PHONE.width);
      expect(headerHeight, name).toBeLessThanOrEqual(HEADER_MAX_HEIGHT);
    }
  });
});

describe('the phone header', () => {
  it('keeps the sections behind a menu button that carries the chat count; the menu takes focus, holds the page still, gives focus back on Escape and closes on a tap outside or a link', async () => {
    const page = await demo.signedIn('organiser1@praxis.example');
    await page.setViewportSize(PHONE);
    const button = page.getByRole('button', { name: /^Menu/ });
    const menu = page.getByRole('dialog', { name: 'Menu' });
    const isFocused = (element: Element) => element === document.activeElement;
    const pageScrolls = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).overflowY !== 'hidden');

    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    const counted = page.getByRole('button', { name: /^Menu \d+ unread$/ });
    await counted.waitFor();
    const unread = /\d+/.exec((await counted.textContent()) ?? '')?.[0];
    await button.click();
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    expect(await pageScrolls()).toBe(false);
    await menu.getByRole('link', { name: `Chat ${unread} unread` }).waitFor();
    await menu.getByRole('link', { name: 'Cohorts', exact: true }).waitFor();
    await menu.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.screenshot({ path: await screenshotPath('phone-menu') });

    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    // The dialog closes itself on Escape; the button hears of it from its close event.
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate(isFocused)).toBe(true);
    expect(await pageScrolls()).toBe(true);

    await page.keyboard.press('Enter');
    await menu.waitFor();
    // Beside the panel, on the dimmed page.
    await page.mouse.click(10, 400);
    await menu.waitFor({ state: 'hidden' });

    await button.click();
    await menu.getByRole('link', { name: 'Threads', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Threads' }).waitFor();
    expect(await menu.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('lays the whole search box over the header from its button, and closes it on Escape or a search', async () => {
    const page = await demo.signedIn('member2@praxis.example');
    await page.setViewportSize(PHONE);
    const toggle = page.getByRole('button', { name: 'Search', exact: true });
    const field = page.getByRole('combobox', { name: 'Search Praxis' });
    expect(await field.count()).toBe(0);

    await toggle.click();
    await field.waitFor();
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await field.boundingBox())?.width).toBeGreaterThan(PHONE.width / 2);
    await page.screenshot({ path: await screenshotPath('phone-search') });
    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'hidden' });
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);

    await toggle.click();
    await field.fill('procurement');
    await field.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('procurement');
    await field.waitFor({ state: 'hidden' });
  });
});

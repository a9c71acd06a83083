import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// The demo network, whose members write in English, French and Bosnian. A text carries its
// language from the composer to the page, and one search finds texts in every language.

const demo = demoNetwork();

describe('the language of what members write', () => {
  it('posts a story in French from an English interface, marks it up in French, and finds it without accents', async () => {
    const writer = await demo.signedIn('member2@praxis.example');
    await writer.goto(`${demo.server.origin}/threads/new`);
    await writer.getByLabel('Failure story').check();
    await writer.getByLabel('Title').fill('La plateforme de covoiturage que personne n’a adoptée');
    const language = writer.getByLabel('Language of this text');
    expect(await language.inputValue()).toBe('en');
    await language.selectOption('fr');
    await writer
      .getByLabel('Context', { exact: true })
      .fill('Une métropole voulait réduire les trajets en solo.');
    await writer
      .getByLabel('What we tried')
      .fill('Une application de covoiturage réservée aux agents.');
    await writer.getByLabel('What happened').fill('Trente inscrits en six mois, puis plus rien.');
    await writer.getByLabel('What we learned').fill('Partir des horaires réels des équipes.');
    await writer.getByRole('button', { name: /^Post/ }).click();
    await writer.waitForURL(/\/threads\/[0-9a-f-]{36}/);
    const heading = writer.getByRole('heading', { level: 1, name: /covoiturage/ });
    await heading.waitFor();
    expect(await heading.getAttribute('lang')).toBe('fr');
    const section = writer.locator('.story .prose').first();
    expect(await section.getAttribute('lang')).toBe('fr');

    // "equipes" finds "équipes", and the search of one language finds the others' texts too.
    await writer.goto(`${demo.server.origin}/search?q=horaires%20equipes`);
    const hit = writer.getByRole('link', { name: /covoiturage/ });
    await hit.waitFor();
    expect(await hit.getAttribute('lang')).toBe('fr');
    await writer.goto(`${demo.server.origin}/search?q=saradnj`);
    await writer
      .getByRole('link', { name: 'Upis u prvi razred bez čekanja pred školom' })
      .waitFor();
    await writer.screenshot({
      path: await screenshotPath('content-language-search'),
      fullPage: true,
    });
  });

  it('sends a chat message in Bosnian from a phone, the language among the composer’s options', async () => {
    const member = await demo.signedIn('member3@praxis.example');
    await member.setViewportSize({ width: 375, height: 740 });
    await member.getByRole('button', { name: /^Menu/ }).click();
    await member.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: /^Chat/ }).click();
    await member
      .getByRole('navigation', { name: 'Rooms' })
      .getByRole('link', { name: /^Public Sector Innovation BiH 2022/ })
      .click();
    // On a phone the language waits, with Write/Preview and the hints, behind "More options".
    await member.getByRole('button', { name: 'More options' }).click();
    const select = member.getByLabel('Language of this text');
    await select.waitFor();
    const send = member.getByRole('button', { name: 'Send' });
    for (const control of [select, send]) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    }
    expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await select.selectOption('bs');
    await member.getByRole('textbox', { name: 'Message' }).fill('Ko dolazi u petak u Mostar?');
    await send.click();
    const sent = member
      .getByRole('log')
      .getByRole('listitem')
      .filter({ hasText: 'Ko dolazi u petak' });
    await sent.waitFor();
    await sent.locator('.chat-body[lang="bs"]').waitFor();
    await member.screenshot({ path: await screenshotPath('content-language-chat-phone') });
  });

  it('finds "Delić" in the directory by "Delic"', async () => {
    const member = await demo.signedIn('member5@praxis.example');
    await member.goto(`${demo.server.origin}/directory?q=Delic`);
    await member.getByRole('link', { name: 'Amra Delić' }).first().waitFor();
  });
});

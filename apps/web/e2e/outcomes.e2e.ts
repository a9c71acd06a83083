import { readFile } from 'node:fs/promises';
import type { Outcomes } from '@praxis/contracts/outcomes';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// The demo network: an organiser opens the outcomes dashboard from the account menu, reads the
// latest meetup's funnel as a chart and as a table, and the page passes axe; the report for
// funders prints without the navigation.

const demo = demoNetwork();

const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  rules: { 'target-size': { enabled: true }, 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (options) => {
    const { axe: engine } = window as unknown as { axe: typeof axe };
    const results = await engine.run(document, options as axe.RunOptions);
    return results.violations.flatMap((rule) =>
      rule.nodes.map((node) => `${rule.id}: ${node.target.join(' ')} ${node.failureSummary}`),
    );
  }, AXE_OPTIONS);
}

/** The demo's figures for the last twelve months, as the organiser's browser fetches them. */
const figures = (page: Page) =>
  page.evaluate(async () => (await fetch('/api/outcomes')).json()) as Promise<Outcomes>;

describe('the outcomes dashboard', () => {
  let organiser: Page;

  it('shows an organiser the latest meetup as a funnel, in a chart and its table', async () => {
    organiser = await demo.signedIn('organiser1@praxis.example');
    await organiser.getByRole('button', { name: /account menu/i }).click();
    await organiser.getByRole('link', { name: 'Outcomes' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();

    const { meetups } = await figures(organiser);
    const latest = meetups[0];
    if (!latest) throw new Error('the demo network has no meetup in the last twelve months');
    const funnel = organiser.getByRole('region', { name: new RegExp(`^${latest.title},`) });
    // The chart: an SVG Plot drew, with a bar and a number per stage.
    const chart = funnel.locator('.plot-chart svg');
    await chart.waitFor();
    const labels = await chart.locator('text').allTextContents();
    for (const count of [latest.invited, latest.going, latest.attended]) {
      expect(labels).toContain(String(count));
    }
    // Its table: one row per meetup, the latest first, with the same numbers.
    await funnel.getByText('Show the numbers as a table').click();
    const row = funnel.getByRole('row').nth(1);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells).toEqual(
      [latest.invited, latest.voted, latest.going, latest.attended, latest.contributed].map(String),
    );
    // The same numbers as CSV, for a spreadsheet.
    const [download] = await Promise.all([
      organiser.waitForEvent('download'),
      funnel.getByRole('button', { name: /^Download CSV/ }).click(),
    ]);
    const csv = (await readFile((await download.path()) ?? '', 'utf8')).split('\r\n');
    expect(csv[0]).toBe('\ufeffMeetup,Invited,Voted on a date,Going,Attended,Contributed');
    expect(csv[1]?.split(',').slice(-5)).toEqual(cells);
    await organiser.screenshot({ path: await screenshotPath('90-outcomes'), fullPage: true });
    expect(await axeViolations(organiser)).toEqual([]);
  });

  it('fits a phone and passes axe there', async () => {
    await organiser.setViewportSize({ width: 375, height: 812 });
    await organiser.locator('.plot-chart svg').first().waitFor();
    expect(
      await organiser.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await organiser.screenshot({ path: await screenshotPath('91-outcomes-phone'), fullPage: true });
    await organiser
      .getByRole('region', { name: 'Questions', exact: true })
      .screenshot({ path: await screenshotPath('91b-outcomes-phone-chart') });
    await organiser
      .locator('.outcome-chart')
      .last()
      .screenshot({ path: await screenshotPath('91c-outcomes-phone-funnel') });
    expect(await axeViolations(organiser)).toEqual([]);
    await organiser.setViewportSize({ width: 1280, height: 860 });
  });

  it('says beside the field what is wrong with a period', async () => {
    await organiser.goto(`${demo.server.origin}/outcomes?from=2025-04&to=2025-03`);
    const to = organiser.getByLabel('To month');
    await organiser.getByText('The last month cannot come before the first.').waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await organiser.getByLabel('From month').fill('2025-01');
    await organiser.getByRole('button', { name: 'Show figures' }).click();
    await organiser
      .getByText(/^Figures for the whole network, from January 2025 to March 2025/)
      .waitFor();
  });

  it('prints the report for funders without the navigation', async () => {
    await organiser.getByRole('link', { name: 'Report for funders' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Report for funders' }).waitFor();
    await organiser.locator('.plot-chart svg').first().waitFor();
    await organiser.emulateMedia({ media: 'print' });
    expect(await organiser.locator('.site-header').isVisible()).toBe(false);
    expect(await organiser.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(
      false,
    );
    expect(await organiser.getByRole('table').first().isVisible()).toBe(true);
    await organiser.screenshot({
      path: await screenshotPath('92-outcomes-report-print'),
      fullPage: true,
    });
    const pdf = await organiser.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await organiser.emulateMedia({ media: 'screen' });
    expect(await axeViolations(organiser)).toEqual([]);
  });
});

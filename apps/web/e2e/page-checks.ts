import type axe from 'axe-core';
import type { Page } from 'playwright-core';

// What the accessibility walk checks on a page, and how it tells the page is ready.

const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  rules: { 'target-size': { enabled: true }, 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

/** Counts the page's requests in flight, to tell when what it asked for has come. */
export function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => {
    inFlight += 1;
  });
  const done = () => {
    inFlight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => inFlight;
}

/** Waits until the page has its heading, its content (`ready`), and nothing still loading. */
export async function settle(page: Page, inFlight: () => number, ready: string | undefined) {
  const timeout = 15_000;
  await page.locator('h1').first().waitFor({ timeout });
  if (ready) await page.locator(ready).first().waitFor({ timeout });
  const deadline = Date.now() + timeout;
  for (let quietSince = Date.now(); Date.now() - quietSince < 200; ) {
    if (Date.now() > deadline) throw new Error('requests still in flight');
    const busy =
      inFlight() > 0 ||
      (await page.evaluate(() => !!document.querySelector('.loading, [aria-busy="true"]')));
    if (busy) quietSince = Date.now();
    await page.waitForTimeout(50);
  }
}

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** axe's violations on the page as it is now, and which rules ran. */
export async function audit(page: Page): Promise<{ violations: Violation[]; ran: string[] }> {
  return page.evaluate(async (options) => {
    const { axe: engine } = window as unknown as { axe: typeof axe };
    const results = await engine.run(document, options as axe.RunOptions);
    const ran = [...results.passes, ...results.violations, ...results.incomplete];
    return {
      ran: [...ran, ...results.inapplicable].map((rule) => rule.id),
      violations: results.violations.map((rule) => ({
        rule: rule.id,
        impact: rule.impact ?? '',
        help: rule.help,
        nodes: rule.nodes.map((node) => ({
          target: node.target.join(' '),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      })),
    };
  }, AXE_OPTIONS);
}

/** What makes the page wider than the window (WCAG 1.4.10), outside any box that scrolls. */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const inScroller = (element: Element) => {
      for (let box = element.parentElement; box; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')].filter((element) => {
      const escapes = ['absolute', 'fixed'].includes(getComputedStyle(element).position);
      return element.getBoundingClientRect().right > width + 1 && (escapes || !inScroller(element));
    });
    return [
      `the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`,
      ...culprits
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    ];
  });
}

export const readable = (where: string, violation: Violation) =>
  [
    `${where}: ${violation.rule} (${violation.impact}) ${violation.help}`,
    ...violation.nodes.map((node) => `    ${node.target}\n      ${node.summary}`),
  ].join('\n');

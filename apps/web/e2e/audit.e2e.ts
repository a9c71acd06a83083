import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork, screenshotPath } from './harness.ts';

// An organiser pins a thread, saying why, then finds that action in the audit log by its
// filters, on a desktop and on a phone, in English and in French.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 860 };
const ORGANISER = 'organiser1@praxis.example';

const demo = demoNetwork();

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: await screenshotPath(name), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: await screenshotPath(`${name}-phone`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

describe('the audit log', () => {
  it('shows an organiser what was done, filtered, with who, what and why', async () => {
    const organiser = await demo.signedIn(ORGANISER);
    const origin = demo.server.origin;
    const headers = { origin };
    const threads = await organiser.request.get(`${origin}/api/threads?limit=1`);
    const [thread] = (await threads.json()).threads as { id: string; title: string }[];
    if (!thread) throw new Error('the demo network has no thread');
    // Unpinned first, so that pinning is a change whether or not the demo pinned it.
    await organiser.request.put(`${origin}/api/threads/${thread.id}/moderation`, {
      headers,
      data: { pinned: false },
    });
    await organiser.goto(`${origin}/threads/${thread.id}`);
    await organiser.getByLabel('Reason (optional)').fill('Answers what newcomers ask first');
    await organiser.getByRole('button', { name: 'Pin', exact: true }).click();
    await organiser.getByRole('button', { name: 'Unpin', exact: true }).waitFor();
    await organiser
      .getByRole('region', { name: 'Moderation' })
      .screenshot({ path: await screenshotPath('audit-moderation-reason') });

    await organiser.getByRole('button', { name: /account menu/ }).click();
    await organiser.getByRole('link', { name: 'Audit log' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await organiser.getByLabel('Action').selectOption('thread.pinned');
    // The filtered list has replaced the whole one once a single entry is left.
    await organiser.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    const row = organiser.getByRole('row').filter({ hasText: 'Answers what newcomers ask first' });
    expect(await row.getByRole('link', { name: thread.title }).count()).toBe(1);
    expect(await row.textContent()).toContain('Thread pinned');
    const csv = await organiser.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csv).toBe('/api/audit.csv?action=thread.pinned');
    await screenshots(organiser, 'audit-log');

    await organiser.request.put(`${origin}/api/auth/me/locale`, {
      headers,
      data: { locale: 'fr' },
    });
    await organiser.reload();
    await organiser.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
    await organiser.getByRole('row').filter({ hasText: 'Fil épinglé' }).waitFor();
    await screenshots(organiser, 'audit-log-fr');
  });
});

import type { Page } from 'playwright-core';

// What the chat tests do on a page: open the BiH cohort's room, find a message, hear a socket's
// hello.

export const COHORT_ROOM_NAME = 'Public Sector Innovation BiH 2022';

export async function openCohortRoom(page: Page) {
  await page.getByRole('link', { name: /^Chat/ }).click();
  await page
    .getByRole('navigation', { name: 'Rooms' })
    .getByRole('link', { name: new RegExp(`^${COHORT_ROOM_NAME}`) })
    .click();
  await page.getByRole('heading', { level: 1, name: COHORT_ROOM_NAME }).waitFor();
}

export const messageBy = (page: Page, text: string) =>
  page.getByRole('log').getByRole('listitem').filter({ hasText: text });

/**
 * The next `hello` the page's websocket hears, and the address that socket opened. Attempts
 * made while offline open sockets too, which never say hello.
 */
export function nextHello(page: Page) {
  return new Promise<{ url: string; hello: Record<string, unknown> }>((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => {
        const frame = JSON.parse(String(payload)) as Record<string, unknown>;
        if (frame.type === 'hello') resolve({ url: socket.url(), hello: frame });
      });
    });
  });
}

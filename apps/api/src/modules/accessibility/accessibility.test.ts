import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('GET /api/accessibility/contact', () => {
  it('answers the ACCESSIBILITY_CONTACT address to anyone, signed in or not', async () => {
    t = await createTestApp({ ACCESSIBILITY_CONTACT: 'access@agency.example' });
    const response = await t.request({ method: 'GET', url: '/api/accessibility/contact' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ email: 'access@agency.example' });
  });

  it('answers null when no address is set, so the statement names the organisers', async () => {
    t = await createTestApp();
    const response = await t.request({ method: 'GET', url: '/api/accessibility/contact' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ email: null });
  });
});

import { auditEntries } from '@praxis/db/schema/audit';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../../testing/lessons-network.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// The admin's switch for the public showcase and where its "Join the network?" leads.

let t: TestApp;
let adminCookie: string;
let organiserCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await createMember(t.database.db, { role: 'admin' });
  adminCookie = await t.signIn(admin.email, TEST_PASSWORD);
  const organiser = await createMember(t.database.db, { role: 'organiser' });
  organiserCookie = await t.signIn(organiser.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

const put = (payload: object, cookie = adminCookie) =>
  t.request({ method: 'PUT', url: '/api/admin/settings', payload, cookie });

describe('PUT /api/admin/settings { showcase }', () => {
  it('opens the showcase with no contact until an admin sets one', async () => {
    expect(t.app.network.current()).toMatchObject({ showcaseEnabled: true, showcaseContact: null });
  });

  it('turns the showcase off, saves an e-mail contact, and says so to every reader at once', async () => {
    const response = await put({ showcase: { enabled: false, contact: 'team@lab.example.org' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().showcase).toEqual({ enabled: false, contact: 'team@lab.example.org' });
    expect(t.app.network.current()).toMatchObject({
      showcaseEnabled: false,
      showcaseContact: 'team@lab.example.org',
    });
    const [entry] = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'settings.changed'));
    expect(entry?.details).toEqual({
      changed: {
        showcaseEnabled: { from: true, to: false },
        showcaseContact: { from: null, to: 'team@lab.example.org' },
      },
    });
  });

  it('takes an https address, leaves what is left out as it is, and clears the contact with null', async () => {
    const https = await put({ showcase: { contact: 'https://lab.example.org/join' } });
    expect(https.json().showcase).toEqual({
      enabled: false,
      contact: 'https://lab.example.org/join',
    });
    const cleared = await put({ showcase: { enabled: true, contact: null } });
    expect(cleared.json().showcase).toEqual({ enabled: true, contact: null });
    expect(t.app.network.current()).toMatchObject({ showcaseEnabled: true, showcaseContact: null });
  });

  it.each([
    ['an http address', 'http://lab.example.org'],
    ['a word', 'organisers'],
    ['a script address', 'javascript:alert(1)'],
    ['an address too long', `https://lab.example.org/${'a'.repeat(200)}`],
  ])('refuses %s as the contact with a message saying what to write', async (_what, contact) => {
    const response = await put({ showcase: { contact } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      'showcase.contact':
        "Write the organisers' e-mail address (name@example.org) or a web address starting with https://, at most 200 characters.",
    });
  });

  it('refuses a switch that is not true or false', async () => {
    const response = await put({ showcase: { enabled: 'yes' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      'showcase.enabled': 'Say whether the public showcase is open: true or false.',
    });
  });

  it('is for admins only', async () => {
    expect(refusal(await put({ showcase: { enabled: false } }, organiserCookie))[0]).toBe(403);
    expect(t.app.network.current().showcaseEnabled).toBe(true);
  });
});

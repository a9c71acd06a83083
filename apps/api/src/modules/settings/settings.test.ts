import { auditEntries } from '@praxis/db/schema/audit';
import { networkSettings } from '@praxis/db/schema/settings';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { translate } from '@praxis/i18n/translate';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let adminCookie: string;
let organiserCookie: string;
let memberCookie: string;
let adminId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const admin = await createMember(db, { role: 'admin', name: 'Ada Admin' });
  adminId = admin.id;
  adminCookie = await t.signIn(admin.email, TEST_PASSWORD);
  const organiser = await createMember(db, { role: 'organiser' });
  organiserCookie = await t.signIn(organiser.email, TEST_PASSWORD);
  const member = await createMember(db);
  memberCookie = await t.signIn(member.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

const put = (payload: object, cookie = adminCookie) =>
  t.request({ method: 'PUT', url: '/api/admin/settings', payload, cookie });

describe('GET /api/admin/settings', () => {
  it('gives the settings in effect, the defaults before any were saved', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/admin/settings',
      cookie: adminCookie,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      name: 'Praxis',
      publicUrl: 'http://praxis.test',
      accentColour: '#1d4e89',
      defaultLocale: 'en',
      logoUrl: null,
      retention: { chatMonths: null, readNotificationMonths: null },
      showcase: { enabled: true, contact: null },
      // The tests' environment sets PUBLIC_ORIGIN.
      fixedBy: { name: null, publicUrl: 'PUBLIC_ORIGIN', defaultLocale: null },
      mailTransport: 'outbox',
    });
  });

  it.each([
    ['a member', () => memberCookie],
    ['an organiser', () => organiserCookie],
  ])('returns 403 to %s', async (_who, cookie) => {
    const response = await t.request({
      method: 'GET',
      url: '/api/admin/settings',
      cookie: cookie(),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('Only admins can read the network settings.');
  });
});

describe('PUT /api/admin/settings', () => {
  it('saves the name, colour and language, and records what changed in the audit log', async () => {
    const response = await put({
      name: 'Alumni Lab',
      accentColour: '#7A2E0E',
      defaultLocale: 'fr',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Alumni Lab',
      accentColour: '#7a2e0e',
      defaultLocale: 'fr',
    });
    const entries = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'settings.changed'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: adminId,
      actorName: 'Ada Admin',
      targetType: 'settings',
    });
    expect(entries[0]?.details).toEqual({
      changed: {
        name: { from: null, to: 'Alumni Lab' },
        accentColour: { from: null, to: '#7a2e0e' },
        defaultLocale: { from: 'en', to: 'fr' },
      },
    });
    // In effect at once: visitors' pages and their language.
    const identity = await t.request({ method: 'GET', url: '/api/network' });
    expect(identity.json()).toEqual({ name: 'Alumni Lab', accentColour: '#7a2e0e', logoUrl: null });
    expect(t.app.locales.networkDefault()).toBe('fr');
  });

  it('speaks the chosen default to visitors who chose no language', async () => {
    const anonymous = await t.request({ method: 'GET', url: '/api/admin/settings' });
    expect(anonymous.json().error.message).toBe(translate('fr', 'errors.auth.signInToContinue'));
    await put({ defaultLocale: 'en' });
  });

  it('records nothing when nothing changes', async () => {
    const before = await t.database.db.select().from(auditEntries);
    expect((await put({ name: 'Alumni Lab' })).statusCode).toBe(200);
    expect(await t.database.db.select().from(auditEntries)).toHaveLength(before.length);
  });

  it('refuses a colour white text cannot be read on, saying the ratio', async () => {
    const response = await put({ accentColour: '#f2b705' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      "This colour's contrast is 1.68:1 against white text or the page's background; it must be at least 4.5:1 (WCAG AA) so that everyone can read it. Choose a darker colour.",
    );
    expect(response.json().error.fields.accentColour).toBe(response.json().error.message);
    const [row] = await t.database.db.select().from(networkSettings);
    expect(row?.accentColour).toBe('#7a2e0e');
  });

  it('says the ratio in the reader’s language', async () => {
    const response = await t.request({
      method: 'PUT',
      url: '/api/admin/settings',
      payload: { accentColour: '#888888' },
      cookie: adminCookie,
      headers: { 'accept-language': 'fr' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('3.27:1');
    expect(response.json().error.message).toContain('Choisissez une couleur plus foncée');
  });

  it.each([
    [{ accentColour: 'blue' }, 'accentColour', 'validation.settings.accentFormat'],
    [{ name: '   ' }, 'name', 'validation.settings.nameRequired'],
    [{ defaultLocale: 'de' }, 'defaultLocale', 'errors.request.notAnOption'],
    [
      { retention: { chatMonths: 0 } },
      'retention.chatMonths',
      'validation.settings.retentionMonths',
    ],
  ] as const)('refuses %j with a 400 naming the field', async (payload, field, key) => {
    const response = await put(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[field]).toBe(translate('en', key));
  });

  it('refuses a public address that the environment fixes, naming the variable', async () => {
    const response = await put({ publicUrl: 'https://praxis.example.org' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      "This setting is set by the server's environment (PUBLIC_ORIGIN): change it there, or leave it out.",
    );
  });

  it.each([
    ['a member', () => memberCookie],
    ['an organiser', () => organiserCookie],
  ])('returns 403 to %s and changes nothing', async (_who, cookie) => {
    const response = await put({ name: 'Taken over' }, cookie());
    expect(response.statusCode).toBe(403);
    const [row] = await t.database.db.select().from(networkSettings);
    expect(row?.name).toBe('Alumni Lab');
  });
});

describe('the logo', () => {
  it('is re-encoded, served to anyone at its own address, and replaced by a new upload', async () => {
    const png = await sharp({
      create: { width: 800, height: 400, channels: 4, background: '#1d4e89' },
    })
      .png()
      .toBuffer();
    const upload = await t.request({
      method: 'PUT',
      url: '/api/admin/settings/logo',
      payload: png,
      headers: { 'content-type': 'image/png' },
      cookie: adminCookie,
    });
    expect(upload.statusCode).toBe(200);
    const { logoUrl } = upload.json();
    expect(logoUrl).toMatch(/^\/api\/network\/logo\/[A-Za-z0-9_-]+$/);

    const served = await t.request({ method: 'GET', url: logoUrl });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    const metadata = await sharp(served.rawPayload).metadata();
    expect([metadata.width, metadata.height]).toEqual([256, 128]);

    const removed = await t.request({
      method: 'DELETE',
      url: '/api/admin/settings/logo',
      cookie: adminCookie,
    });
    expect(removed.json().logoUrl).toBeNull();
    const gone = await t.request({ method: 'GET', url: logoUrl });
    expect(gone.statusCode).toBe(404);
  });

  it('refuses what is not a JPEG, PNG or WebP picture', async () => {
    const response = await t.request({
      method: 'PUT',
      url: '/api/admin/settings/logo',
      payload: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      headers: { 'content-type': 'image/png' },
      cookie: adminCookie,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('The logo must be a JPEG, PNG or WebP picture.');
  });

  it('refuses a file over 2 MB with a 413', async () => {
    const response = await t.request({
      method: 'PUT',
      url: '/api/admin/settings/logo',
      payload: Buffer.alloc(2 * 1024 * 1024 + 1, 1),
      headers: { 'content-type': 'image/png' },
      cookie: adminCookie,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toBe(
      'The logo can be at most 2 MB. Choose a smaller file.',
    );
  });

  it('returns 403 to an organiser', async () => {
    const response = await t.request({
      method: 'DELETE',
      url: '/api/admin/settings/logo',
      cookie: organiserCookie,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('POST /api/admin/settings/test-mail', () => {
  it('says the mail went to the outbox when there is no SMTP server', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/admin/settings/test-mail',
      cookie: adminCookie,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      transport: 'outbox',
      accepted: true,
      response: 'outbox',
    });
  });

  it('returns 403 to a member', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/admin/settings/test-mail',
      cookie: memberCookie,
    });
    expect(response.statusCode).toBe(403);
  });
});

import type { AddressInfo } from 'node:net';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

/** An SMTP server that refuses every recipient, as one refusing to relay does. */
async function startRefusingServer() {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(Object.assign(new Error('5.7.1 Relaying denied'), { responseCode: 554 }));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('POST /api/admin/settings/test-mail over SMTP', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let refusing: Awaited<ReturnType<typeof startRefusingServer>>;
  let accepting: TestApp;
  let refused: TestApp;

  beforeAll(async () => {
    [sink, refusing] = await Promise.all([startSmtpSink(), startRefusingServer()]);
    accepting = await createTestApp({ SMTP_URL: sink.url, NETWORK_NAME: 'Transfo Alumni' });
    refused = await createTestApp({ SMTP_URL: refusing.url, DEFAULT_LOCALE: 'fr' });
  });
  afterAll(async () => {
    await Promise.all([accepting.close(), refused.close()]);
    await Promise.all([sink.close(), refusing.close()]);
  });

  async function sendAs(t: TestApp) {
    const admin = await createMember(t.database.db, { role: 'admin' });
    const cookie = await t.signIn(admin.email, TEST_PASSWORD);
    const response = await t.request({
      method: 'POST',
      url: '/api/admin/settings/test-mail',
      cookie,
    });
    return { admin, response };
  }

  it('sends to the admin at once and gives the server’s answer, in the network’s name', async () => {
    const { admin, response } = await sendAs(accepting);
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ transport: 'smtp', to: admin.email, accepted: true });
    expect(result.response).toMatch(/^250 /);
    const [mail] = await sink.waitFor(1);
    expect(mail?.to).toEqual([admin.email]);
    expect(mail?.raw).toContain('Subject: Test mail from Transfo Alumni');
    // MAIL_FROM is not set: mail goes out under the network's name.
    expect(mail?.raw).toContain('From: Transfo Alumni <no-reply@praxis.localhost>');
    expect(mail?.text).toContain('http://praxis.test');
  });

  it('says what a refusing server answered, as a result rather than an error', async () => {
    const { response } = await sendAs(refused);
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ transport: 'smtp', accepted: false });
    expect(result.response).toContain('554 5.7.1 Relaying denied');
  });

  it('names the variable that fixes the name, and keeps it over what admins save', async () => {
    const admin = await createMember(accepting.database.db, { role: 'admin' });
    const cookie = await accepting.signIn(admin.email, TEST_PASSWORD);
    const read = await accepting.request({ method: 'GET', url: '/api/admin/settings', cookie });
    expect(read.json()).toMatchObject({
      name: 'Transfo Alumni',
      mailTransport: 'smtp',
      fixedBy: { name: 'NETWORK_NAME', publicUrl: 'PUBLIC_ORIGIN', defaultLocale: null },
    });
    const change = await accepting.request({
      method: 'PUT',
      url: '/api/admin/settings',
      payload: { name: 'Other' },
      cookie,
    });
    expect(change.statusCode).toBe(400);
    expect(change.json().error.fields.name).toBe(
      "This setting is set by the server's environment (NETWORK_NAME): change it there, or leave it out.",
    );
  });

  it('keeps the language DEFAULT_LOCALE sets, over what admins choose', async () => {
    const admin = await createMember(refused.database.db, { role: 'admin' });
    const cookie = await refused.signIn(admin.email, TEST_PASSWORD);
    const read = await refused.request({ method: 'GET', url: '/api/admin/settings', cookie });
    expect(read.json()).toMatchObject({
      defaultLocale: 'fr',
      fixedBy: { defaultLocale: 'DEFAULT_LOCALE' },
    });
    const change = await refused.request({
      method: 'PUT',
      url: '/api/admin/settings',
      payload: { defaultLocale: 'hr' },
      cookie,
      headers: { 'accept-language': 'en' },
    });
    expect(change.statusCode).toBe(400);
    expect(change.json().error.fields.defaultLocale).toBe(
      "This setting is set by the server's environment (DEFAULT_LOCALE): change it there, or leave it out.",
    );
    expect(refused.app.locales.networkDefault()).toBe('fr');
  });
});

import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receivedBy } from '../../testing/mail-inbox.ts';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { authMemberData } from './auth.member-data.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Praxis <praxis@praxis.test>' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const USED =
  'This link can no longer be used: it was followed already, a newer request replaced it, or the change was withdrawn (a cancelled change, or a new password, withdraws it).';
const NEW_PASSWORD = 'a brand new passphrase for Praxis';

async function signedIn() {
  const member = await createMember(t.database.db, { name: 'Amra Hadžić' });
  return { member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

const post = (url: string, payload: object, cookie?: string) =>
  t.request({ method: 'POST', url, payload, ...(cookie ? { cookie } : {}) });
const confirm = (token: string) => post('/api/account/email/confirm', { token });
const cancel = (token: string) => post('/api/account/email/cancel', { token });
const whoIs = async (cookie: string) =>
  (await t.request({ method: 'GET', url: '/api/auth/me', cookie })).json().member;

/** Waits until `address` has received `count` mails over SMTP; returns the last. */
async function nthMail(address: string, count: number) {
  const deadline = Date.now() + 10_000;
  while (receivedBy(smtp, address).length < count) {
    if (Date.now() > deadline) throw new Error(`${address} got no e-mail`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return receivedBy(smtp, address)[count - 1];
}

const tokenIn = (text: string | undefined, path: string) => {
  const token = text?.match(new RegExp(`${path}\\?token=([\\w-]+)`))?.[1];
  if (!token) throw new Error(`no ${path} link in the e-mail`);
  return token;
};

/** Asks to move; returns the confirm token (new address) and the cancel token (old address). */
async function askToMove(member: { email: string }, cookie: string, newEmail: string) {
  const notices = receivedBy(smtp, member.email).length;
  const asked = await post('/api/account/email', { newEmail, password: TEST_PASSWORD }, cookie);
  expect(asked.statusCode, asked.body).toBe(202);
  const link = await nthMail(newEmail, receivedBy(smtp, newEmail).length + 1);
  const notice = await nthMail(member.email, notices + 1);
  return {
    confirmToken: tokenIn(link?.text, 'confirm-email'),
    cancelToken: tokenIn(notice?.text, 'cancel-email-change'),
  };
}

describe('retiring a pending e-mail change', () => {
  it('refuses the older link once a newer request was made, and keeps the address until the newer one is followed', async () => {
    const { member, cookie } = await signedIn();
    const typo = await askToMove(member, cookie, `typo-${member.id.slice(0, 8)}@example.net`);
    const right = await askToMove(member, cookie, `right-${member.id.slice(0, 8)}@example.net`);
    const stale = await confirm(typo.confirmToken);
    expect(stale.statusCode).toBe(400);
    expect(stale.json().error.message).toBe(USED);
    expect((await whoIs(cookie)).email).toBe(member.email);
    // The older notice's cancel link went with its request.
    const staleCancel = await cancel(typo.cancelToken);
    expect(staleCancel.statusCode).toBe(400);
    const confirmed = await confirm(right.confirmToken);
    expect(confirmed.json()).toEqual({ email: `right-${member.id.slice(0, 8)}@example.net` });
  });

  it('retires the pending change when the member changes their password', async () => {
    const { member, cookie } = await signedIn();
    const { confirmToken } = await askToMove(member, cookie, `pw-${member.id.slice(0, 8)}@x.net`);
    const changed = await post(
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      cookie,
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const refused = await confirm(confirmToken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(USED);
    await expect(t.signIn(member.email, NEW_PASSWORD)).resolves.toMatch(/^praxis_session=/);
  });

  it('retires the pending change when the password is reset from the old address', async () => {
    const { member, cookie } = await signedIn();
    const { confirmToken } = await askToMove(member, cookie, `rs-${member.id.slice(0, 8)}@x.net`);
    const before = receivedBy(smtp, member.email).length;
    expect((await post('/api/auth/password-reset', { email: member.email })).statusCode).toBe(202);
    const resetToken = tokenIn((await nthMail(member.email, before + 1))?.text, 'reset-password');
    const reset = await post('/api/auth/password-reset/confirm', {
      token: resetToken,
      password: NEW_PASSWORD,
    });
    expect(reset.statusCode, reset.body).toBe(204);
    const refused = await confirm(confirmToken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(USED);
    await expect(t.signIn(member.email, NEW_PASSWORD)).resolves.toMatch(/^praxis_session=/);
  });

  it('cancels the change with the link in the notice, signed in as no one, once; the confirm link is then refused', async () => {
    const { member, cookie } = await signedIn();
    const tokens = await askToMove(member, cookie, `cx-${member.id.slice(0, 8)}@example.net`);
    const cancelled = await cancel(tokens.cancelToken);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toEqual({
      message:
        'The change is cancelled: your account keeps this address. If you did not ask for it, choose a new password too: whoever asked knows your current one.',
    });
    const refused = await confirm(tokens.confirmToken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(USED);
    const twice = await cancel(tokens.cancelToken);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.message).toBe(
      'This change can no longer be cancelled: it was already confirmed, cancelled or replaced by a newer request. If you cannot sign in any more, tell an organiser of your network.',
    );
    // The cancel link is not a confirm link, nor the other way round.
    expect((await confirm(tokens.cancelToken)).statusCode).toBe(400);
    const unknown = await cancel('no-such-token');
    expect(unknown.json().error.message).toBe(
      'This link is not valid; open it again from the e-mail.',
    );
    expect((await whoIs(cookie)).email).toBe(member.email);
    // The member's data export shows the request, never either link's hash.
    const exported = await authMemberData.export(t.database.db, member.id);
    const [row] = (exported.tables?.email_changes ?? []) as Record<string, unknown>[];
    expect(Object.keys(row ?? {}).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'memberId', 'newEmail', 'usedAt'].sort(),
    );
  });

  it('ends every session of the member when the change is confirmed, and clears the cookie of the browser that confirmed', async () => {
    const { member, cookie } = await signedIn();
    const phone = await t.signIn(member.email, TEST_PASSWORD);
    const newEmail = `se-${member.id.slice(0, 8)}@example.net`;
    const { confirmToken } = await askToMove(member, cookie, newEmail);
    const confirmed = await post('/api/account/email/confirm', { token: confirmToken }, cookie);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(String(confirmed.headers['set-cookie'])).toMatch(/^praxis_session=;/);
    expect(await whoIs(cookie)).toBeNull();
    expect(await whoIs(phone)).toBeNull();
    await expect(t.signIn(newEmail, TEST_PASSWORD)).resolves.toMatch(/^praxis_session=/);
  });
});

import { emailChanges } from '@praxis/db/schema/auth';
import { invitations } from '@praxis/db/schema/invitations';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailsTo, receivedBy } from '../../testing/mail-inbox.ts';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

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

async function signedIn() {
  const member = await createMember(t.database.db, { name: 'Amra Hadžić' });
  return { member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

const askToMove = (cookie: string, newEmail: string, password = TEST_PASSWORD) =>
  t.request({ method: 'POST', url: '/api/account/email', cookie, payload: { newEmail, password } });

const confirm = (token: string) =>
  t.request({ method: 'POST', url: '/api/account/email/confirm', payload: { token } });

/** Waits until `address` has received `count` mails over SMTP. */
async function mailsFor(address: string, count: number) {
  const deadline = Date.now() + 10_000;
  while (receivedBy(smtp, address).length < count) {
    if (Date.now() > deadline) throw new Error(`${address} got no e-mail`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return receivedBy(smtp, address);
}

/** Asks to move, lets the job runner mail over SMTP, and returns the token from the new address's mail. */
async function linkFor(cookie: string, newEmail: string): Promise<string> {
  const asked = await askToMove(cookie, newEmail);
  expect(asked.statusCode, asked.body).toBe(202);
  const mail = (await mailsFor(newEmail, receivedBy(smtp, newEmail).length + 1)).at(-1);
  const token = mail?.text.match(/confirm-email\?token=([\w-]+)/)?.[1];
  if (!token) throw new Error('no confirmation link in the e-mail');
  return token;
}

describe('changing the e-mail address', () => {
  it('mails a link to the new address and a notice to the old; the link moves sign-in to the new address', async () => {
    const { member, cookie } = await signedIn();
    const newEmail = `moved-${member.id.slice(0, 8)}@example.net`;
    const asked = await askToMove(cookie, newEmail.toUpperCase());
    expect(asked.statusCode).toBe(202);
    expect(asked.json().message).toBe(
      `We sent a confirmation link to ${newEmail}. Your address changes when you follow it, within 24 hours.`,
    );
    const [link] = await mailsFor(newEmail, 1);
    expect(link?.raw).toContain('Subject: Confirm your new Praxis address');
    expect((await mailsTo(smtp, newEmail))[0]?.text).toContain('Hello Amra Hadžić,');
    const token = link?.text.match(/confirm-email\?token=([\w-]+)/)?.[1] ?? '';
    expect(token).toMatch(/^[\w-]{40,}$/);
    // Only the token's hash is stored.
    const stored = await t.database.db
      .select()
      .from(emailChanges)
      .where(eq(emailChanges.memberId, member.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toBe(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const [notice] = await mailsFor(member.email, 1);
    expect(notice?.raw).toContain('Subject: Your Praxis account may move to another address');
    expect(notice?.text).toContain(`asked to sign in with ${newEmail} from now on`);
    expect(notice?.text).toContain(
      'If this was not you, cancel the change with the button below: no sign-in is needed',
    );
    expect(notice?.text).toContain('A new password also cancels the change.');
    expect(notice?.text).toMatch(/cancel-email-change\?token=[\w-]{40,}/);
    expect(notice?.text).not.toContain(token);

    // Until the link is followed, nothing changes.
    await expect(t.signIn(member.email, TEST_PASSWORD)).resolves.toMatch(/^praxis_session=/);

    const confirmed = await confirm(token);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toEqual({ email: newEmail });
    await expect(t.signIn(newEmail, TEST_PASSWORD)).resolves.toMatch(/^praxis_session=/);
    await expect(t.signIn(member.email, TEST_PASSWORD)).rejects.toThrow();
    // Every session of the account ended with the change: the member signs in again.
    const me = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
    expect(me.json()).toEqual({ member: null });

    const again = await confirm(token);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toBe(
      'This link can no longer be used: it was followed already, a newer request replaced it, or the change was withdrawn (a cancelled change, or a new password, withdraws it).',
    );
  });

  it('refuses an expired link with 400 and leaves the address as it was', async () => {
    const { member, cookie } = await signedIn();
    const token = await linkFor(cookie, `late-${member.id.slice(0, 8)}@example.net`);
    await t.database.db
      .update(emailChanges)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(emailChanges.memberId, member.id));
    const response = await confirm(token);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'This link has expired. Ask for the change again from your account settings.',
    );
    await expect(t.signIn(member.email, TEST_PASSWORD)).resolves.toMatch(/^praxis_session=/);
  });

  it('lets only the newest link work, even when the older one is followed first', async () => {
    const { member, cookie } = await signedIn();
    const first = await linkFor(cookie, `first-${member.id.slice(0, 8)}@example.net`);
    const second = await linkFor(cookie, `second-${member.id.slice(0, 8)}@example.net`);
    const stale = await confirm(first);
    expect(stale.statusCode).toBe(400);
    expect(stale.json().error.message).toBe(
      'This link can no longer be used: it was followed already, a newer request replaced it, or the change was withdrawn (a cancelled change, or a new password, withdraws it).',
    );
    await expect(t.signIn(member.email, TEST_PASSWORD)).resolves.toMatch(/^praxis_session=/);
    expect((await confirm(second)).statusCode).toBe(200);
    await expect(
      t.signIn(`second-${member.id.slice(0, 8)}@example.net`, TEST_PASSWORD),
    ).resolves.toMatch(/^praxis_session=/);
  });

  it('answers 409 for an address another account has, without saying whose, and mails no one', async () => {
    const { member, cookie } = await signedIn();
    const other = await createMember(t.database.db, { name: 'Hrvoje Horvat' });
    const response = await askToMove(cookie, other.email);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      message:
        'This address cannot be used: another account already has it. Choose another address.',
      fields: {
        newEmail:
          'This address cannot be used: another account already has it. Choose another address.',
      },
    });
    expect(response.body).not.toContain('Hrvoje');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receivedBy(smtp, other.email)).toEqual([]);
    expect(receivedBy(smtp, member.email)).toEqual([]);
  });

  it('answers 409 when the address was taken between the request and the confirmation', async () => {
    const { cookie } = await signedIn();
    const wanted = `wanted-${Date.now()}@example.net`;
    const token = await linkFor(cookie, wanted);
    await createMember(t.database.db, { email: wanted });
    const response = await confirm(token);
    expect(response.statusCode).toBe(409);
  });

  it('answers 400 for a wrong password, the same address, or an unknown link', async () => {
    const { member, cookie } = await signedIn();
    const wrong = await askToMove(cookie, 'elsewhere@example.net', 'not my password');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ password: 'Your password is not right.' });
    const same = await askToMove(cookie, member.email);
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields).toEqual({
      newEmail: 'This is already the address of your account.',
    });
    const unknown = await confirm('no-such-token');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe(
      'This link is not valid; open it again from the e-mail.',
    );
    const signedOut = await t.request({
      method: 'POST',
      url: '/api/account/email',
      payload: { newEmail: 'x@example.net', password: TEST_PASSWORD },
    });
    expect(signedOut.statusCode).toBe(401);
  });

  it('limits how often a member asks, with 429', async () => {
    const { member, cookie } = await signedIn();
    const codes: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      codes.push(
        (await askToMove(cookie, `try-${attempt}-${member.id.slice(0, 8)}@example.net`)).statusCode,
      );
    }
    expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
    await mailsFor(member.email, 5);
  });

  it('withdraws open invitations to the old and the new address when the account moves', async () => {
    const { member, cookie } = await signedIn();
    const newEmail = `invited-${member.id.slice(0, 8)}@example.net`;
    const open = (email: string) => ({
      email,
      invitedById: member.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    await t.database.db.insert(invitations).values([open(member.email), open(newEmail)]);
    const token = await linkFor(cookie, newEmail);
    expect((await confirm(token)).statusCode).toBe(200);
    const rows = await t.database.db
      .select({ email: invitations.email, revokedAt: invitations.revokedAt })
      .from(invitations)
      .where(eq(invitations.invitedById, member.id));
    expect(rows.map((row) => [row.email, row.revokedAt !== null]).sort()).toEqual(
      [
        [member.email, true],
        [newEmail, true],
      ].sort(),
    );
  });
});

import { passwordResets } from '@praxis/db/schema/auth';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function requestReset(email: string) {
  return t.request({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
}

/** Requests a reset and returns the token from the e-mail the SMTP server received. */
async function resetTokenFor(email: string): Promise<string> {
  const before = smtp.received.length;
  expect((await requestReset(email)).statusCode).toBe(202);
  const mail = (await smtp.waitFor(before + 1))[before];
  expect(mail?.to).toEqual([email]);
  const token = mail?.text.match(/reset-password\?token=([\w-]+)/)?.[1];
  if (!token) throw new Error('no reset link in the e-mail');
  return token;
}

describe('password reset by e-mail', () => {
  it('e-mails a link over SMTP; the link sets a new password once and ends every session', async () => {
    const member = await createMember(t.database.db);
    const session = await t.signIn(member.email, TEST_PASSWORD);
    const token = await resetTokenFor(member.email);
    expect(smtp.received.at(-1)?.raw).toContain('Subject: Reset your Praxis password');

    const confirm = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'a fresh start 2026' },
    });
    expect(confirm.statusCode).toBe(204);
    expect(
      (await t.request({ method: 'GET', url: '/api/auth/me', cookie: session })).json(),
    ).toEqual({ member: null });
    await expect(t.signIn(member.email, 'a fresh start 2026')).resolves.toMatch(/^praxis_session=/);

    const reuse = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'another one entirely' },
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().error.message).toMatch(/expired or was already used/);
  });

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const member = await createMember(t.database.db);
    const before = smtp.received.length;
    const unknown = await requestReset('nobody-here@example.org');
    const known = await requestReset(member.email);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json().message.replace('nobody-here@example.org', 'X')).toBe(
      known.json().message.replace(member.email, 'X'),
    );
    await smtp.waitFor(before + 1);
    expect(smtp.received.slice(before).map((mail) => mail.to[0])).toEqual([member.email]);
  });

  it('refuses a link older than one hour', async () => {
    const member = await createMember(t.database.db);
    const token = await resetTokenFor(member.email);
    await t.database.db.update(passwordResets).set({ expiresAt: sql`now() - interval '1 second'` });
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'too late for this' },
    });
    expect(response.statusCode).toBe(400);
    await expect(t.signIn(member.email, TEST_PASSWORD)).resolves.toMatch(/^praxis_session=/);
  });

  it('keeps the link usable when the new password is refused', async () => {
    const member = await createMember(t.database.db, { name: 'Tarik Delić' });
    const token = await resetTokenFor(member.email);
    const weak = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'tarik-tarik-tarik' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.password).toMatch(/name/);
    const retry = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'something unrelated' },
    });
    expect(retry.statusCode).toBe(204);
  });

  it('rejects a malformed token with 400 before looking anything up', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: 'short', password: 'long enough password' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('token');
  });

  it('limits reset requests per address', async () => {
    const email = 'flooded@example.org';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push((await requestReset(email)).statusCode);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('counts every IPv6 address of one /64 as one network', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) {
      const response = await t.request({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: `reset-${attempt}@example.org` },
        remoteAddress: `2001:db8:7:1::${(attempt + 1).toString(16)}`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it('takes as long for an unknown address as for a member: over 60 interleaved pairs the median difference is under 1 ms', async () => {
    const members = await Promise.all(
      Array.from({ length: 70 }, () => createMember(t.database.db)),
    );
    let request = 0;
    const timed = async (email: string) => {
      request += 1;
      const started = performance.now();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email },
        // An address of its own each, so the per-network limit never answers instead.
        remoteAddress: `10.17.${Math.floor(request / 250)}.${request % 250}`,
        headers: { origin: t.config.publicOrigin },
      });
      const took = performance.now() - started;
      expect(response.statusCode).toBe(202);
      // The e-mail goes out a second after the answer, whatever the address; a run of earlier
      // e-mails under way now is let finish, so it weighs on neither side of a pair.
      await t.app.jobs.idle();
      return took;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (const [index, member] of members.entries()) {
      const stranger = `nobody-${index}@example.org`;
      // Each pair alternates which goes first, so a warming cache or a busy moment favours neither.
      const [first, second] = index % 2 ? [stranger, member.email] : [member.email, stranger];
      const firstTook = await timed(first);
      const secondTook = await timed(second);
      // The first ten pairs warm up compiled code and connections.
      if (index < 10) continue;
      known.push(first === member.email ? firstTook : secondTook);
      unknown.push(first === member.email ? secondTook : firstTook);
    }
    // Compared within each pair, so the load of a shared machine, which drifts, cancels out; and
    // as many pairs with the member first as second, so going first or second does too.
    const differences = known.map((took, pair) => took - (unknown[pair] ?? 0));
    const difference =
      (median(differences.filter((_, pair) => pair % 2 === 0)) +
        median(differences.filter((_, pair) => pair % 2 === 1))) /
      2;
    console.info(
      `password reset over ${known.length} interleaved pairs: median ${median(known).toFixed(2)} ms for members, ${median(unknown).toFixed(2)} ms for unknown addresses; median difference within a pair ${difference.toFixed(2)} ms`,
    );
    expect(known).toHaveLength(60);
    expect(Math.abs(difference)).toBeLessThan(1);
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

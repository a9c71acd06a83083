import { connect, type Socket } from 'node:net';
import { inboundEmails } from '@praxis/db/schema/inbound-mail';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INBOUND_DOMAIN, sendMail, startInboundMailApp } from '../testing/inbound-mail.ts';
import { createTestApp } from '../testing/test-app.ts';
import { pruneInboundEmails } from './inbound-mail.ts';

const DAY = 24 * 3600 * 1000;

let mail: Awaited<ReturnType<typeof startInboundMailApp>>;

beforeAll(async () => {
  mail = await startInboundMailApp();
  // A prefix of the tests' own: it knows the tokens that start with "ok".
  mail.t.app.inboundMail.on('probe', {
    accepts: async (_db, token) => token.startsWith('ok'),
    unknown: 'No such probe; check the address.',
    handle: async (_db, inbound) => `probed ${inbound.token}`,
  });
});
afterAll(async () => {
  await mail?.close();
});

const probe = (token: string) => `probe+${token}@${INBOUND_DOMAIN}`;
const stored = (recipient: string) =>
  mail.t.database.db.select().from(inboundEmails).where(eq(inboundEmails.recipient, recipient));

/** A raw connection to the listener, once it has said its first line. */
function openConnection(): Promise<{ socket: Socket; greeting: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(mail.listener.port, mail.listener.host);
    socket.once('error', reject);
    socket.once('data', (data) => resolve({ socket, greeting: data.toString() }));
  });
}

describe('the inbound SMTP listener', () => {
  it.each([
    `postmaster@${INBOUND_DOMAIN}`,
    `nobody+abc@${INBOUND_DOMAIN}`,
    'reply+abcdefghijklmnopqrstuvwxyz@elsewhere.test',
  ])('refuses mail to %s at RCPT with 550', async (to) => {
    await expect(
      sendMail(mail.listener, { from: 'amra@agency.ba', to, text: 'Hello' }),
    ).rejects.toMatchObject({ responseCode: 550 });
  });

  it('refuses a token its prefix does not know at RCPT, saying why, and stores nothing', async () => {
    const to = probe('unknown');
    await expect(
      sendMail(mail.listener, { from: 'amra@agency.ba', to, text: 'Hello' }),
    ).rejects.toMatchObject({
      responseCode: 550,
      response: '550 5.1.1 No such probe; check the address.',
    });
    expect(await stored(to)).toEqual([]);
  });

  it('refuses a mail over 10 MB with 552 and stores nothing', async () => {
    const to = probe('ok-big');
    await expect(
      sendMail(mail.listener, {
        from: 'amra@agency.ba',
        to,
        text: 'x'.repeat(11 * 1024 * 1024),
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(await stored(to)).toEqual([]);
  });

  it('stores and handles a mail without a Message-ID once, however often it arrives', async () => {
    const to = probe('ok-once');
    const raw = `From: amra@agency.ba\r\nTo: ${to}\r\nSubject: Hello\r\n\r\nNo Message-ID here.\r\n`;
    const envelope = { from: 'amra@agency.ba', to };
    await mail.deliver({ envelope, raw });
    await mail.deliver({ envelope, raw });
    const rows = await stored(to);
    expect(rows.map((row) => [row.sender, row.outcome])).toEqual([
      ['amra@agency.ba', 'probed ok-once'],
    ]);
    expect(rows[0]?.messageId).toMatch(/^<[0-9a-f]{64}@praxis\.hash>$/);
  });

  it('stores a mail once for each address of the domain it is for, at most five', async () => {
    const recipients = ['ok-1', 'ok-2', 'ok-3', 'ok-4', 'ok-5', 'ok-6'].map(probe);
    const info = await mail.deliver({ from: 'amra@agency.ba', to: recipients, text: 'Hello all' });
    expect(info.rejected).toEqual([probe('ok-6')]);
    const rows = await mail.t.database.db
      .select({ recipient: inboundEmails.recipient, outcome: inboundEmails.outcome })
      .from(inboundEmails)
      .where(inArray(inboundEmails.recipient, recipients));
    expect(rows.map((row) => row.outcome).sort()).toEqual(
      ['ok-1', 'ok-2', 'ok-3', 'ok-4', 'ok-5'].map((token) => `probed ${token}`),
    );
  });

  it('holds at most five connections from one address at a time', async () => {
    const open = await Promise.all([1, 2, 3, 4, 5].map(() => openConnection()));
    try {
      expect(open.map(({ greeting }) => greeting.slice(0, 4))).toEqual(Array(5).fill('220 '));
      const sixth = await openConnection();
      expect(sixth.greeting).toBe(
        '421 Too many connections from your address; try again later\r\n',
      );
      sixth.socket.destroy();
      const first = open.shift();
      await new Promise((resolve) => {
        first?.socket.once('close', resolve);
        first?.socket.end('QUIT\r\n');
      });
      // The listener hears of the close on its next turn.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const again = await openConnection();
      open.push(again);
      expect(again.greeting.slice(0, 4)).toBe('220 ');
    } finally {
      for (const { socket } of open) socket.destroy();
    }
  });

  it('forgets handled mail after 30 days, and never mail still to handle', async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 31 * DAY);
    const recent = new Date(now.getTime() - 29 * DAY);
    const row = (messageId: string, receivedAt: Date, handledAt: Date | null) => ({
      recipient: probe('ok-prune'),
      messageId,
      sender: 'amra@agency.ba',
      raw: 'Subject: kept?\r\n\r\n',
      receivedAt,
      handledAt,
      outcome: handledAt ? 'probed' : null,
    });
    await mail.t.database.db
      .insert(inboundEmails)
      .values([
        row('<old-handled@agency.ba>', old, old),
        row('<old-waiting@agency.ba>', old, null),
        row('<recent-handled@agency.ba>', recent, recent),
      ]);
    await pruneInboundEmails(mail.t.database.db, now);
    const left = await stored(probe('ok-prune'));
    expect(left.map((kept) => kept.messageId).sort()).toEqual([
      '<old-waiting@agency.ba>',
      '<recent-handled@agency.ba>',
    ]);
  });

  it('does not listen when reply by e-mail is off', async () => {
    const off = await createTestApp();
    try {
      expect(off.app.inboundMail.address()).toBeNull();
    } finally {
      await off.close();
    }
  });
});

import { inboundEmails } from '@praxis/db/schema/email';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INBOUND_DOMAIN, sendMail, startInboundMailApp } from '../testing/inbound-mail.ts';
import { createTestApp } from '../testing/test-app.ts';

let mail: Awaited<ReturnType<typeof startInboundMailApp>>;

beforeAll(async () => {
  mail = await startInboundMailApp();
});
afterAll(async () => {
  await mail?.close();
});

const stored = (recipient: string) =>
  mail.t.database.db.select().from(inboundEmails).where(eq(inboundEmails.recipient, recipient));

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

  it('refuses a mail over 10 MB with 552 and stores nothing', async () => {
    const to = `reply+${'b'.repeat(26)}@${INBOUND_DOMAIN}`;
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
    const to = `reply+${'c'.repeat(26)}@${INBOUND_DOMAIN}`;
    const raw = `From: amra@agency.ba\r\nTo: ${to}\r\nSubject: Hello\r\n\r\nNo Message-ID here.\r\n`;
    const envelope = { from: 'amra@agency.ba', to };
    await mail.deliver({ envelope, raw });
    await mail.deliver({ envelope, raw });
    const rows = await stored(to);
    expect(rows.map((row) => [row.sender, row.outcome])).toEqual([
      ['amra@agency.ba', 'refused: unknown_address'],
    ]);
    expect(rows[0]?.messageId).toMatch(/^<[0-9a-f]{64}@praxis\.hash>$/);
    expect(mail.refusalsTo('amra@agency.ba')).toHaveLength(1);
  });

  it('stores a mail once for each address of the domain it is for', async () => {
    const first = `reply+${'d'.repeat(26)}@${INBOUND_DOMAIN}`;
    const second = `reply+${'e'.repeat(26)}@${INBOUND_DOMAIN}`;
    await mail.deliver({
      from: 'Auto <auto@agency.ba>',
      to: [first, second],
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'Out of office.',
    });
    expect((await stored(first)).map((row) => row.outcome)).toEqual(['ignored: sent by a machine']);
    expect((await stored(second)).map((row) => row.outcome)).toEqual([
      'ignored: sent by a machine',
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

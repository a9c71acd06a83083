import { translator } from '@praxis/i18n/translate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplyTests } from '../../testing/inbound-mail.ts';

/** The English texts, as the source catalog has them. */
const en = translator('en');

// The organisation's mail server writes `Authentication-Results: mx.praxis.test; …` above each
// mail it relays to the listener; only that counts.
const TRUSTED = 'mx.praxis.test';

let mail: Awaited<ReturnType<typeof startReplyTests>>;

beforeAll(async () => {
  mail = await startReplyTests({ INBOUND_AUTHSERV_ID: TRUSTED });
});
afterAll(async () => {
  await mail?.close();
});

/** An answer from `from` as the listener gets it: `above` on top, as the relay adds them. */
function answer(from: string, to: string, above: string[], text: string) {
  const raw = [
    ...above,
    `From: ${from}`,
    `To: ${to}`,
    'Subject: Re: Procurement for pilots',
    `Message-ID: <${Math.random()}@agency.ba>`,
    '',
    text,
    '',
  ].join('\r\n');
  return { envelope: { from, to }, raw };
}

let answerers = 0;
const RELAYED = 'Received: from mx.agency.ba by mx.praxis.test with ESMTPS; 3 Mar 2026 10:12 +0100';

describe('answers by e-mail with INBOUND_AUTHSERV_ID', () => {
  it('posts an answer the organisation’s mail server vouches for', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const to = await mail.replyAddress(mail.selma.id, { threadId: thread.id });
    await mail.deliver(
      answer(
        mail.selma.email,
        to,
        [`Authentication-Results: ${TRUSTED}; spf=none; dkim=pass header.d=agency.ba`, RELAYED],
        'Signed by my agency.',
      ),
    );
    expect((await mail.repliesIn(thread.id)).map((reply) => reply.bodySource)).toEqual([
      'Signed by my agency.',
    ]);
  });

  it.each([
    ['without any result from that server', [RELAYED]],
    [
      'with a pass only from another server',
      [`Authentication-Results: mx.agency.ba; dkim=pass header.d=agency.ba`, RELAYED],
    ],
    [
      'with a pass that the sender wrote under the server’s name, below the server’s own result',
      [
        `Authentication-Results: ${TRUSTED}; spf=none; dkim=none`,
        RELAYED,
        `Authentication-Results: ${TRUSTED}; dkim=pass header.d=agency.ba; dmarc=pass`,
      ],
    ],
    [
      'with a pass for the sender’s own domain',
      [`Authentication-Results: ${TRUSTED}; spf=pass smtp.mailfrom=forger@evil.test`, RELAYED],
    ],
    [
      'with a failure beside a pass',
      [`Authentication-Results: ${TRUSTED}; spf=fail; dkim=pass header.d=agency.ba`, RELAYED],
    ],
  ])('posts nothing and tells the member %s', async (_case, above) => {
    const thread = await mail.newThread(mail.asha.cookie);
    const member = await mail.person({ email: `answerer${++answerers}@agency.ba` });
    const to = await mail.replyAddress(member.id, { threadId: thread.id });
    await mail.deliver(answer(member.email, to, above, 'Trust me.'));
    expect(await mail.repliesIn(thread.id)).toEqual([]);
    const refusals = mail.refusalsTo(member.email);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.text).toContain(en('mail.refusal.not_authenticated.why'));
  });
});

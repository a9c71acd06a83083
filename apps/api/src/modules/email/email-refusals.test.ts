import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { inboundEmails } from '@praxis/db/schema/inbound-mail';
import { createCohort } from '@praxis/db/testing/factories';
import { translator } from '@praxis/i18n/translate';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gmailReply,
  INBOUND_DOMAIN,
  sendMail,
  startReplyTests,
} from '../../testing/inbound-mail.ts';

/** The English texts, as the source catalog has them. */
const en = translator('en');

const DAY = 24 * 3600 * 1000;

let mail: Awaited<ReturnType<typeof startReplyTests>>;

beforeAll(async () => {
  mail = await startReplyTests();
});
afterAll(async () => {
  await mail?.close();
});

/** The one mail to `address` about an e-mail that was not posted. */
function refusalTo(address: string) {
  const refusals = mail.refusalsTo(address);
  expect(refusals).toHaveLength(1);
  return refusals[0]?.text ?? '';
}

describe('answers that are not posted', () => {
  async function expectNothingPosted(threadId: string) {
    expect(await mail.repliesIn(threadId)).toEqual([]);
  }

  it('tells the member, not the sender, when another address wrote to their reply address', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const member = await mail.person({ email: 'target@agency.ba' });
    await mail.deliver({
      from: 'mallory@elsewhere.test',
      to: await mail.replyAddress(member.id, { threadId: thread.id }),
      subject: 'Re: your news, click http://evil.test',
      text: 'I am the member, honestly.',
    });
    await expectNothingPosted(thread.id);
    expect(mail.mailsTo('mallory@elsewhere.test')).toEqual([]);
    const note = refusalTo(member.email);
    expect(note).toMatch(new RegExp(`^Subject: ${en('mail.stranger.subject')}$`, 'm'));
    expect(note).toContain(en('mail.stranger.why', { sender: 'mallory@elsewhere.test' }));
    expect(note).not.toContain('Procurement for pilots');
    expect(note).not.toContain('evil.test');
    expect(note).not.toMatch(/^In-Reply-To:/m);
    expect(note).toMatch(/^Auto-Submitted: auto-replied/m);
  });

  it('sends a member at most five such notes an hour', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const member = await mail.person({ email: 'flooded@agency.ba' });
    const to = await mail.replyAddress(member.id, { threadId: thread.id });
    for (let attempt = 1; attempt <= 6; attempt++) {
      await mail.deliver({ from: `forger${attempt}@elsewhere.test`, to, text: 'Spam.' });
    }
    expect(mail.refusalsTo(member.email)).toHaveLength(5);
    const [last] = await mail.t.database.db
      .select({ outcome: inboundEmails.outcome })
      .from(inboundEmails)
      .where(eq(inboundEmails.sender, 'forger6@elsewhere.test'));
    expect(last?.outcome).toBe('refused: wrong_sender, too many answers already');
  });

  it('refuses an expired reply address by mail to its member, and an unknown one at RCPT', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const member = await mail.person({ email: 'nina@agency.ba' });
    const expired = await mail.replyAddress(
      member.id,
      { threadId: thread.id },
      new Date(Date.now() - 31 * DAY),
    );
    await mail.deliver({ from: member.email, to: expired, subject: 'Re: old', text: 'Late.' });
    await expectNothingPosted(thread.id);
    const refusal = refusalTo(member.email);
    expect(refusal).toContain(en('mail.refusal.expired.todo'));
    expect(refusal).toContain(`http://praxis.test/threads/${thread.id}`);
    expect(refusal).toMatch(/^Subject: Not posted: Re: old$/m);

    const unknown = `reply+${'a'.repeat(26)}@${INBOUND_DOMAIN}`;
    await expect(
      sendMail(mail.listener, { from: member.email, to: unknown, text: 'Lost.' }),
    ).rejects.toMatchObject({
      responseCode: 550,
      response: `550 5.1.1 ${en('mail.reply.unknownAddress')}`,
    });
    await mail.settle();
    expect(
      await mail.t.database.db
        .select()
        .from(inboundEmails)
        .where(eq(inboundEmails.recipient, unknown)),
    ).toEqual([]);
    expect(mail.refusalsTo(member.email)).toHaveLength(1);
  });

  it('refuses a member who left the cohort a thread is for, without showing the thread', async () => {
    const leaver = await mail.person({ email: 'leaver@agency.ba' });
    const cohort = await createCohort(mail.t.database.db, { memberIds: [mail.asha.id, leaver.id] });
    const thread = await mail.newThread(mail.asha.cookie, cohort.id);
    const to = await mail.replyAddress(leaver.id, { threadId: thread.id });
    await mail.t.database.db
      .delete(cohortMemberships)
      .where(
        and(eq(cohortMemberships.cohortId, cohort.id), eq(cohortMemberships.memberId, leaver.id)),
      );
    await mail.deliver({ from: leaver.email, to, text: 'Still here?' });
    await expectNothingPosted(thread.id);
    const refusal = refusalTo(leaver.email);
    expect(refusal).toContain(en('mail.refusal.no_access.why'));
    expect(refusal).not.toContain(`/threads/${thread.id}`);
  });

  it('refuses an answer to a locked thread and links to it', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const lock = await mail.t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/moderation`,
      cookie: mail.organiser.cookie,
      payload: { locked: true },
    });
    expect(lock.statusCode, lock.body).toBe(200);
    const member = await mail.person({ email: 'late@agency.ba' });
    await mail.deliver({
      from: member.email,
      to: await mail.replyAddress(member.id, { threadId: thread.id }),
      subject: 'Re: Procurement',
      text: 'One more thing.',
    });
    await expectNothingPosted(thread.id);
    const refusal = refusalTo(member.email);
    expect(refusal).toMatch(/^Subject: Not posted: Re: Procurement$/m);
    expect(refusal).toContain(en('mail.refusal.locked.why'));
    expect(refusal).toContain(`http://praxis.test/threads/${thread.id}`);
  });

  it('refuses an answer with nothing new once the quote is stripped', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const member = await mail.person({ email: 'empty@agency.ba' });
    await mail.deliver({
      from: member.email,
      to: await mail.replyAddress(member.id, { threadId: thread.id }),
      text: gmailReply(''),
    });
    await expectNothingPosted(thread.id);
    expect(refusalTo(member.email)).toContain(en('mail.refusal.empty.todo'));
  });

  it('refuses a mail whose SPF check failed at the receiving server, without quoting it', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const member = await mail.person({ email: 'spf@agency.ba' });
    await mail.deliver({
      from: member.email,
      to: await mail.replyAddress(member.id, { threadId: thread.id }),
      headers: {
        'Authentication-Results': 'mx.praxis.test; spf=fail smtp.mailfrom=agency.ba; dkim=none',
      },
      subject: 'Re: Procurement',
      text: 'Sent through somebody else’s server.',
    });
    await expectNothingPosted(thread.id);
    const refusal = refusalTo(member.email);
    expect(refusal).toContain(en('mail.refusal.not_authenticated.why'));
    expect(refusal).toMatch(new RegExp(`^Subject: ${en('mail.refusal.subjectWithout')}$`, 'm'));
  });
});

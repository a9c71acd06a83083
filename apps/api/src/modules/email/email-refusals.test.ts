import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { createCohort } from '@praxis/db/testing/factories';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailReply, INBOUND_DOMAIN, startReplyTests } from '../../testing/inbound-mail.ts';
import { replyMessages } from './messages/replies.ts';

const DAY = 24 * 3600 * 1000;

let mail: Awaited<ReturnType<typeof startReplyTests>>;

beforeAll(async () => {
  mail = await startReplyTests();
});
afterAll(async () => {
  await mail?.close();
});

/** The one mail back to `address` about an e-mail that was not posted. */
function refusalTo(address: string) {
  const refusals = mail.refusalsTo(address);
  expect(refusals).toHaveLength(1);
  return refusals[0]?.text ?? '';
}

describe('answers that are not posted', () => {
  async function expectNothingPosted(threadId: string) {
    expect(await mail.repliesIn(threadId)).toEqual([]);
  }

  it('refuses a sender who is not the member the address was made for, without naming them', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    await mail.deliver({
      from: 'mallory@elsewhere.test',
      to: await mail.replyAddress(mail.selma.id, { threadId: thread.id }),
      subject: 'Re: your news',
      text: 'I am Selma, honestly.',
    });
    await expectNothingPosted(thread.id);
    const refusal = refusalTo('mallory@elsewhere.test');
    expect(refusal).toContain(replyMessages.refusal.reasons.wrong_sender.todo);
    expect(refusal).not.toContain('selma@agency.ba');
    expect(refusal).not.toContain('Procurement for pilots');
    expect(refusal).toMatch(/^Auto-Submitted: auto-replied/m);
  });

  it('refuses an expired reply address and an unknown one', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const old = await mail.replyAddress(
      mail.selma.id,
      { threadId: thread.id },
      new Date(Date.now() - 31 * DAY),
    );
    await mail.deliver({ from: 'Selma <selma+old@agency.ba>', to: old, text: 'Late answer.' });
    await expectNothingPosted(thread.id);
    // The sender is not the member's address: it is refused as a stranger, not as expired.
    expect(refusalTo('selma+old@agency.ba')).toContain(
      replyMessages.refusal.reasons.wrong_sender.why,
    );

    const other = await mail.person({ email: 'nina@agency.ba' });
    const expired = await mail.replyAddress(
      other.id,
      { threadId: thread.id },
      new Date(Date.now() - 31 * DAY),
    );
    await mail.deliver({ from: other.email, to: expired, text: 'Late answer.' });
    await mail.deliver({
      from: other.email,
      to: `reply+${'a'.repeat(26)}@${INBOUND_DOMAIN}`,
      text: 'Lost.',
    });
    await expectNothingPosted(thread.id);
    const texts = mail.refusalsTo(other.email).map((sent) => sent.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain(replyMessages.refusal.reasons.expired.todo);
    expect(texts[0]).toContain(`http://praxis.test/threads/${thread.id}`);
    expect(texts[1]).toContain(replyMessages.refusal.reasons.unknown_address.why);
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
    expect(refusal).toContain(replyMessages.refusal.reasons.no_access.why);
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
    expect(refusal).toContain(replyMessages.refusal.reasons.locked.why);
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
    expect(refusalTo(member.email)).toContain(replyMessages.refusal.reasons.empty.todo);
  });

  it('refuses a mail whose SPF check failed at the receiving server', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const member = await mail.person({ email: 'spf@agency.ba' });
    await mail.deliver({
      from: member.email,
      to: await mail.replyAddress(member.id, { threadId: thread.id }),
      headers: {
        'Authentication-Results': 'mx.praxis.test; spf=fail smtp.mailfrom=agency.ba; dkim=none',
      },
      text: 'Sent through somebody else’s server.',
    });
    await expectNothingPosted(thread.id);
    expect(refusalTo(member.email)).toContain(replyMessages.refusal.reasons.not_authenticated.why);
  });
});

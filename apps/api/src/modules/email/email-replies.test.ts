import type { NotificationPage } from '@praxis/contracts/notifications';
import { messages } from '@praxis/db/schema/chat';
import { emailPreferences } from '@praxis/db/schema/email';
import { inboundEmails } from '@praxis/db/schema/inbound-mail';
import { translator } from '@praxis/i18n/translate';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailReply, INBOUND_DOMAIN, startReplyTests } from '../../testing/inbound-mail.ts';
import { unsubscribeToken } from './unsubscribe-tokens.ts';

/** The English texts, as the source catalog has them. */
const en = translator('en');

let mail: Awaited<ReturnType<typeof startReplyTests>>;

beforeAll(async () => {
  mail = await startReplyTests();
});
afterAll(async () => {
  await mail?.close();
});

describe('answering a thread by e-mail', () => {
  it('posts the new text of a Gmail-style answer as the member, once, and reads what they were told', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const web = await mail.t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/replies`,
      cookie: mail.selma.cookie,
      payload: { body: 'Following this.' },
    });
    expect(web.statusCode, web.body).toBe(201);
    await mail.t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/replies`,
      cookie: mail.asha.cookie,
      payload: { body: 'Selma, what did your agency do?' },
    });
    const to = await mail.replyAddress(mail.selma.id, { threadId: thread.id });
    const answer = {
      from: 'Selma Begić <Selma@Agency.ba>',
      to,
      messageId: '<gmail-1@agency.ba>',
      text: gmailReply('Thanks, that helps a lot.\nWe will try the clause next week.'),
    };
    await mail.deliver(answer);
    await mail.deliver(answer);

    const replies = await mail.repliesIn(thread.id);
    expect(replies.map((reply) => reply.bodySource)).toEqual([
      'Following this.',
      'Selma, what did your agency do?',
      'Thanks, that helps a lot.\nWe will try the clause next week.',
    ]);
    expect(replies[2]?.author.id).toBe(mail.selma.id);
    const stored = await mail.t.database.db
      .select({ outcome: inboundEmails.outcome })
      .from(inboundEmails)
      .where(eq(inboundEmails.messageId, '<gmail-1@agency.ba>'));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.outcome).toBe(`posted reply ${replies[2]?.id}`);

    const ashaNotes = await mail.t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: mail.asha.cookie,
    });
    const toAsha = (ashaNotes.json() as NotificationPage).notifications;
    expect(
      toAsha.filter((note) => note.replyId === replies[2]?.id).map((note) => note.kind),
    ).toEqual(['reply']);
    const selmaNotes = await mail.t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: mail.selma.cookie,
    });
    const aboutThread = (selmaNotes.json() as NotificationPage).notifications.filter(
      (note) => note.thread?.id === thread.id,
    );
    expect(aboutThread.map((note) => [note.kind, note.read])).toEqual([['reply', true]]);
    expect(mail.refusalsTo('selma@agency.ba')).toEqual([]);
  });

  it.each([
    [
      'an "Original Message" line',
      'Sounds good, count me in.\n\n-----Original Message-----\nFrom: Praxis <no-reply@praxis.test>\nSent: Tuesday, March 3, 2026 10:12 AM\nTo: Selma Begić <selma@agency.ba>\nSubject: New reply in “Procurement for pilots”\n\nAldo replied: we used a clause.\n',
    ],
    [
      'the underscore line and a signature',
      'Sounds good, count me in.\n\nBest regards,\nSelma\n\n________________________________\nFrom: Praxis <no-reply@praxis.test>\nSent: Tuesday, March 3, 2026 10:12 AM\nTo: Selma Begić\nSubject: New reply in “Procurement for pilots”\n\nAldo replied: we used a clause.\n',
    ],
  ])('posts only the new text of an Outlook-style answer with %s', async (_style, text) => {
    const thread = await mail.newThread(mail.asha.cookie);
    await mail.deliver({
      from: mail.selma.email,
      to: await mail.replyAddress(mail.selma.id, { threadId: thread.id }),
      text,
    });
    expect((await mail.repliesIn(thread.id)).map((reply) => reply.bodySource)).toEqual([
      'Sounds good, count me in.',
    ]);
  });

  it('reads an answer that has only an HTML part, without the quoted mail', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    await mail.deliver({
      from: mail.selma.email,
      to: await mail.replyAddress(mail.selma.id, { threadId: thread.id }),
      html: '<div dir="ltr">Agreed, let us pilot it.</div><br><div class="gmail_quote"><div>On Tue, 3 Mar 2026 at 10:12, Praxis &lt;no-reply@praxis.test&gt; wrote:</div><blockquote>Aldo replied.</blockquote></div>',
    });
    expect((await mail.repliesIn(thread.id)).map((reply) => reply.bodySource)).toEqual([
      'Agreed, let us pilot it.',
    ]);
  });

  it('leaves out an attachment that is not a picture or PDF Praxis can read, and says so', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    await mail.deliver({
      from: mail.selma.email,
      to: await mail.replyAddress(mail.selma.id, { threadId: thread.id }),
      text: 'Here is our plan.',
      attachments: [{ filename: 'plan.pdf', content: Buffer.from('%PDF-1.4 plan') }],
    });
    expect((await mail.repliesIn(thread.id)).map((reply) => reply.bodySource)).toEqual([
      `Here is our plan.\n\n${en('mail.reply.someAttachmentsLeftOut')}`,
    ]);
  });

  it('posts an answer to a direct conversation in its room, and the other member hears of it', async () => {
    const opened = await mail.t.request({
      method: 'POST',
      url: '/api/rooms/direct',
      cookie: mail.asha.cookie,
      payload: { memberIds: [mail.selma.id] },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const roomId = (opened.json() as { id: string }).id;
    const answer = {
      from: mail.selma.email,
      to: await mail.replyAddress(mail.selma.id, { roomId }),
      messageId: '<dm-1@agency.ba>',
      text: gmailReply('Yes, Thursday works for me.'),
    };
    await mail.deliver(answer);
    await mail.deliver({ ...answer, to: await mail.replyAddress(mail.selma.id, { roomId }) });

    const posted = await mail.t.database.db
      .select({ authorId: messages.authorId, body: messages.body, seq: messages.seq })
      .from(messages)
      .where(eq(messages.roomId, roomId));
    expect(posted).toEqual([
      { authorId: mail.selma.id, body: 'Yes, Thursday works for me.', seq: 1 },
    ]);
    const notes = await mail.t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: mail.asha.cookie,
    });
    const direct = (notes.json() as NotificationPage).notifications.filter(
      (note) => note.roomId === roomId,
    );
    expect(direct.map((note) => [note.kind, note.detail.excerpt])).toEqual([
      ['direct_message', 'Yes, Thursday works for me.'],
    ]);
  });
  it('posts one mail written to two conversations’ reply addresses in each of them', async () => {
    const roomIds: string[] = [];
    for (const other of [mail.asha, mail.organiser]) {
      const opened = await mail.t.request({
        method: 'POST',
        url: '/api/rooms/direct',
        cookie: other.cookie,
        payload: { memberIds: [mail.selma.id] },
      });
      // Asha and Selma may have their conversation already (200), the organiser not yet (201).
      expect([200, 201], opened.body).toContain(opened.statusCode);
      roomIds.push((opened.json() as { id: string }).id);
    }
    await mail.deliver({
      from: mail.selma.email,
      to: await Promise.all(roomIds.map((roomId) => mail.replyAddress(mail.selma.id, { roomId }))),
      messageId: '<both-rooms@agency.ba>',
      text: 'Running late, sorry to you both.',
    });
    const posted = await mail.t.database.db
      .select({ roomId: messages.roomId, body: messages.body })
      .from(messages)
      .where(eq(messages.body, 'Running late, sorry to you both.'));
    expect(posted.map((message) => message.roomId).sort()).toEqual([...roomIds].sort());
  });

  it('posts an answer whose SPF check only soft-failed', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const member = await mail.person({ email: 'softfail@agency.ba' });
    await mail.deliver({
      from: member.email,
      to: await mail.replyAddress(member.id, { threadId: thread.id }),
      headers: {
        'Authentication-Results': 'mx.praxis.test; spf=softfail smtp.mailfrom=agency.ba; dkim=pass',
      },
      text: 'Forwarded by my agency.',
    });
    expect((await mail.repliesIn(thread.id)).map((reply) => reply.bodySource)).toEqual([
      'Forwarded by my agency.',
    ]);
  });

  it('neither posts nor answers an out-of-office reply', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const member = await mail.person({ email: 'away@agency.ba' });
    await mail.deliver({
      from: member.email,
      to: await mail.replyAddress(member.id, { threadId: thread.id }),
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'I am out of the office until Monday.',
    });
    expect(await mail.repliesIn(thread.id)).toEqual([]);
    expect(mail.refusalsTo(member.email)).toEqual([]);
  });
  it('turns a topic off for a List-Unsubscribe mailto, with no answer', async () => {
    const member = await mail.person({ email: 'quiet@agency.ba' });
    const token = await unsubscribeToken(mail.t.database.db, member.id, 'mentions');
    await mail.deliver({
      from: member.email,
      to: `unsubscribe+${token}@${INBOUND_DOMAIN}`,
      text: 'unsubscribe',
    });
    const chosen = await mail.t.database.db
      .select({ topic: emailPreferences.topic, mode: emailPreferences.mode })
      .from(emailPreferences)
      .where(eq(emailPreferences.memberId, member.id));
    expect(chosen).toEqual([{ topic: 'mentions', mode: 'off' }]);
    expect(mail.refusalsTo(member.email)).toEqual([]);
  });
});

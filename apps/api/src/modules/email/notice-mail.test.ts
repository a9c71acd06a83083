import { randomUUID } from 'node:crypto';
import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { emailAddressHealth } from '@praxis/db/schema/email';
import { notifications } from '@praxis/db/schema/notifications';
import { createCohort, createMeetup, rsvp } from '@praxis/db/testing/factories';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInboundMailApp } from '../../testing/inbound-mail.ts';
import {
  AFTER_WINDOW,
  header,
  inSeconds,
  mailsTo,
  newThread,
  postReply,
  settle,
  signedInMember,
} from '../../testing/mail-inbox.ts';
import type { startSmtpSink } from '../../testing/smtp-sink.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { createChatService } from '../chat/chat.service.ts';
import { planDailySummaries } from './daily-summary.ts';
import { choose } from './preferences.repository.ts';

let mail: Awaited<ReturnType<typeof startInboundMailApp>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;

const person = (overrides: Parameters<typeof signedInMember>[1] = {}) =>
  signedInMember(t, overrides);

beforeAll(async () => {
  mail = await startInboundMailApp();
  ({ smtp, t } = mail);
});
afterAll(async () => {
  await mail?.close();
});

const mailed = async (memberId: string) =>
  (await t.database.db.select().from(notifications).where(eq(notifications.memberId, memberId)))
    .filter((row) => row.mailedAt !== null)
    .map((row) => row.id);

describe('instant notification mails', () => {
  it('mails a reply to an own thread once, after the window, with the list and thread headers', async () => {
    const author = await person({ name: 'Asha Author' });
    const replier = await person({ name: 'Bruno Lefèvre' });
    const thread = await newThread(t, author, 'Budget pilots');
    const posted = await postReply(t, replier, thread.id, 'We piloted it **twice**, see the memo.');

    await settle(t.app, inSeconds(AFTER_WINDOW - 120));
    expect(await mailsTo(smtp, author.email)).toHaveLength(0);
    await settle(t.app, inSeconds(AFTER_WINDOW));
    await settle(t.app, inSeconds(AFTER_WINDOW + 600));
    const mails = await mailsTo(smtp, author.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    if (!mail) throw new Error('no mail');

    expect(mail.subject).toBe('Bruno Lefèvre replied in “Budget pilots”');
    expect(mail.text).toContain('We piloted it twice, see the memo.');
    expect(mail.html).toContain('We piloted it twice, see the memo.');
    expect(mail.html).toContain(`http://praxis.test/threads/${thread.id}#reply-${posted.id}`);
    expect(mail.text).toContain('http://praxis.test/settings/email');
    expect(mail.text).toMatch(/http:\/\/praxis\.test\/unsubscribe\?token=[\w-]+/);
    expect(mail.text).toContain(
      'You get this e-mail because you asked to hear about replies in threads you started right away.',
    );
    expect(mail.text).toContain('Stop e-mails about replies in threads you started');

    expect(header(mail, 'List-Unsubscribe')).toMatch(
      /^<mailto:unsubscribe\+[\w-]+@reply\.praxis\.test>, <http:\/\/praxis\.test\/api\/email\/unsubscribe\?token=[\w-]+>$/,
    );
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(header(mail, 'List-Id')).toBe(
      'Praxis own thread replies <own-thread-replies.reply.praxis.test>',
    );
    expect(header(mail, 'Auto-Submitted')).toBe('auto-generated');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{32,36}@reply\.praxis\.test>$/);
    expect(mail.inReplyTo).toBe(`<thread-${thread.id}@reply.praxis.test>`);
    expect(mail.references).toBe(`<thread-${thread.id}@reply.praxis.test>`);
    expect(mail.replyTo?.value[0]?.address).toMatch(/^reply\+[a-z2-7]{26}@reply\.praxis\.test$/);
    expect(await mailed(author.id)).toHaveLength(1);
  });

  it('puts a second reply within the window into the same mail', async () => {
    const author = await person();
    const [ana, ben] = [await person({ name: 'Ana' }), await person({ name: 'Ben' })];
    const thread = await newThread(t, author, 'Procurement for pilots');
    await postReply(t, ana, thread.id, 'First: ask legal early.');
    await postReply(t, ben, thread.id, 'Second: use the innovation clause.');
    await settle(t.app, inSeconds(AFTER_WINDOW));
    await settle(t.app, inSeconds(AFTER_WINDOW + 600));

    const mails = await mailsTo(smtp, author.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      '2 new replies in “Procurement for pilots”',
    ]);
    expect(mails[0]?.text).toContain('First: ask legal early.');
    expect(mails[0]?.text).toContain('Second: use the innovation clause.');
  });

  it('sends nothing for a reply the member saw in a tab before the window ended', async () => {
    const author = await person();
    const replier = await person();
    const thread = await newThread(t, author, 'Seen in time');
    await postReply(t, replier, thread.id, 'You will read this in the app.');
    const opened = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}`,
      cookie: author.cookie,
    });
    expect(opened.statusCode).toBe(200);

    await settle(t.app, inSeconds(AFTER_WINDOW));
    expect(await mailsTo(smtp, author.email)).toHaveLength(0);
    expect(await mailed(author.id)).toEqual([]);
  });

  it('sends nothing to a member who lost sight of the thread within the window', async () => {
    const author = await person({ name: 'Cora Author' });
    const [leaver, stayer] = [await person(), await person()];
    const cohort = await createCohort(t.database.db, {
      memberIds: [author.id, leaver.id, stayer.id],
    });
    const thread = await newThread(t, author, 'Cohort only', cohort.id);
    for (const follower of [leaver, stayer]) {
      await choose(t.database.db, follower.id, [
        { topic: 'followed_thread_replies', mode: 'instant' },
      ]);
      await postReply(t, follower, thread.id, 'I follow this now.');
    }
    await postReply(t, author, thread.id, 'Thanks, here is more.');
    await t.database.db
      .delete(cohortMemberships)
      .where(
        and(eq(cohortMemberships.cohortId, cohort.id), eq(cohortMemberships.memberId, leaver.id)),
      );

    await settle(t.app, inSeconds(AFTER_WINDOW));
    expect(await mailsTo(smtp, leaver.email)).toEqual([]);
    expect(await mailed(leaver.id)).toEqual([]);
    const [mail, ...others] = await mailsTo(smtp, stayer.email);
    expect(others).toEqual([]);
    expect(mail?.subject).toBe('Cora Author replied in “Cohort only”');
    expect(mail?.text).toContain('Thanks, here is more.');
  });

  it('mails nothing of a topic turned off', async () => {
    const author = await person();
    const replier = await person();
    await choose(t.database.db, author.id, [{ topic: 'own_thread_replies', mode: 'off' }]);
    const thread = await newThread(t, author, 'Quiet please');
    await postReply(t, replier, thread.id, 'Nobody mails this.');
    await settle(t.app, inSeconds(AFTER_WINDOW));
    const later = inSeconds(2 * 24 * 3600);
    later.setUTCHours(10);
    await planDailySummaries(t.app.db, later, {
      publicOrigin: t.config.publicOrigin,
      mail: t.config.mail,
    });
    await settle(t.app, later);
    expect(await mailsTo(smtp, author.email)).toHaveLength(0);
  });

  it('makes no mail for an address that bounced for good, and leaves the news unmailed', async () => {
    const author = await person();
    const replier = await person();
    await t.database.db
      .insert(emailAddressHealth)
      .values({ address: author.email, hardBouncedAt: new Date(), lastBounce: '550 5.1.1' });
    const thread = await newThread(t, author, 'Nobody home');
    await postReply(t, replier, thread.id, 'This cannot reach you.');
    await settle(t.app, inSeconds(AFTER_WINDOW));
    expect(await mailsTo(smtp, author.email)).toHaveLength(0);
    expect(await mailed(author.id)).toEqual([]);
  });

  it('gives no Reply-To for a locked thread', async () => {
    const author = await person();
    const organiser = await person({ role: 'organiser' });
    const thread = await newThread(t, author, 'Locked soon');
    await postReply(t, organiser, thread.id, 'Locking this one.');
    const locked = await t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/moderation`,
      cookie: organiser.cookie,
      payload: { locked: true },
    });
    expect(locked.statusCode, locked.body).toBe(200);
    await settle(t.app, inSeconds(AFTER_WINDOW));
    const [mail] = await mailsTo(smtp, author.email);
    expect(mail?.subject).toMatch(/replied in “Locked soon”$/);
    expect(mail?.replyTo).toBeUndefined();
  });
});

describe('meetup mails', () => {
  it('mails a cancellation with a METHOD:CANCEL invitation under the meetup’s UID', async () => {
    const organiser = await person({ role: 'organiser', name: 'Orla Organiser' });
    const attendee = await person();
    await choose(t.database.db, attendee.id, [{ topic: 'meetup_news', mode: 'instant' }]);
    const meetup = await createMeetup(t.database.db, { title: 'Inter-Transfo spring' });
    await rsvp(t.database.db, meetup.id, attendee.id, 'going');
    const cancelled = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/cancel`,
      cookie: organiser.cookie,
      payload: { reason: 'The venue flooded.' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await settle(t.app);
    await settle(t.app, inSeconds(AFTER_WINDOW));

    const [mail, ...others] = await mailsTo(smtp, attendee.email);
    expect(others).toHaveLength(0);
    expect(mail?.subject).toBe('Meetup cancelled: Inter-Transfo spring');
    expect(mail?.text).toContain('Why: The venue flooded.');
    expect(mail?.inReplyTo).toBe(`<meetup-${meetup.id}@reply.praxis.test>`);
    const ics = mail?.attachments.find((part) => part.contentType === 'text/calendar');
    // Unfolded: long lines go on after a line break and a space.
    const text = ics?.content.toString('utf8').replace(/\r\n /g, '') ?? '';
    expect(text).toContain('METHOD:CANCEL');
    expect(text).toContain('ORGANIZER;CN="Praxis":mailto:no-reply@reply.praxis.test');
    expect(text).toContain('DESCRIPTION:Cancelled: The venue flooded.');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain(`UID:${meetup.id}@praxis`);
    expect(text).toContain(
      `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${attendee.email}`,
    );
    const file = await t.request({
      method: 'GET',
      url: `/api/meetups/${meetup.id}/calendar.ics`,
      cookie: attendee.cookie,
    });
    expect(file.body).toContain(`UID:${meetup.id}@praxis`);
  });
});

describe('direct messages by mail', () => {
  it('mails a message, the ones after it in the window with it, and a later one again', async () => {
    const sender = await person({ name: 'Ana Sender' });
    const reader = await person({ name: 'Mail Reader' });
    const opened = await t.request({
      method: 'POST',
      url: '/api/rooms/direct',
      cookie: sender.cookie,
      payload: { memberIds: [reader.id] },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const roomId = opened.json().id as string;
    const chat = createChatService(t.app.db);
    const say = (body: string) =>
      chat.send(
        {
          id: sender.id,
          handle: sender.handle,
          name: sender.name,
          role: sender.role,
          avatar: null,
        },
        { roomId, clientId: randomUUID(), body },
      );

    await say('Are you free on Thursday?');
    await say('We could call at ten.');
    await settle(t.app);
    await settle(t.app, inSeconds(AFTER_WINDOW));
    let mails = await mailsTo(smtp, reader.email);
    expect(mails.map((mail) => mail.subject)).toEqual(['Ana Sender sent you 2 messages']);
    expect(mails[0]?.text).toContain('Are you free on Thursday?');
    expect(mails[0]?.text).toContain('We could call at ten.');
    expect(mails[0]?.inReplyTo).toBe(`<room-${roomId}@reply.praxis.test>`);
    expect(mails[0]?.replyTo?.value[0]?.address).toMatch(/^reply\+[a-z2-7]{26}@/);

    await say('Or Friday, if that suits you better.');
    await settle(t.app);
    await settle(t.app, inSeconds(2 * AFTER_WINDOW));
    mails = await mailsTo(smtp, reader.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Ana Sender sent you 2 messages',
      'Ana Sender sent you a message',
    ]);
    expect(mails[1]?.text).toContain('Or Friday, if that suits you better.');
    expect(mails[1]?.text).not.toContain('Are you free on Thursday?');
    expect(mails[1]?.references).toBe(`<room-${roomId}@reply.praxis.test>`);
  });
});

import type { ThreadDetail } from '@praxis/contracts/threads';
import { cohortMemberships } from '@praxis/db/schema/cohorts';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
} from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailReply, startReplyTests } from '../../testing/inbound-mail.ts';
import {
  AFTER_WINDOW,
  firstDigestDue,
  inSeconds,
  mailsTo,
  settle,
} from '../../testing/mail-inbox.ts';
import { planDailySummaries } from './daily-summary.ts';
import { planWeeklyDigests } from './weekly-digest.service.ts';

// Off the record (Chatham House): the words stay in Praxis; a mail, a summary or a digest carries
// only a link and a sentence saying why. Anonymous authors are named as their posts name them.

const OFF_RECORD = 'This post is off the record: read it in Praxis.';
const ZONE = 'Europe/Paris';

let mail: Awaited<ReturnType<typeof startReplyTests>>;
type Person = Awaited<ReturnType<typeof mail.person>>;

beforeAll(async () => {
  mail = await startReplyTests();
});
afterAll(async () => {
  await mail?.close();
});

async function newThread(author: Person, payload: Record<string, unknown>) {
  const response = await mail.t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: author.cookie,
    payload: { kind: 'discussion', body: 'Nothing secret here.', ...payload },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

async function reply(author: Person, threadId: string, payload: Record<string, unknown>) {
  const response = await mail.t.request({
    method: 'POST',
    url: `/api/threads/${threadId}/replies`,
    cookie: author.cookie,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  await settle(mail.t.app);
  return response.json() as { id: string };
}

/** Everything a mail says, in both its parts, with its subject. */
const wholeMail = (message: ParsedMail) =>
  [message.subject, message.text, String(message.html)].join('\n');

/** Tomorrow's daily summaries, at 08:00 in the network's zone. */
async function summariseTomorrow() {
  const tomorrow8 = DateTime.now()
    .setZone(ZONE)
    .plus({ days: 1 })
    .set({ hour: 8, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
  await planDailySummaries(mail.t.app.db, tomorrow8, {
    publicOrigin: mail.t.config.publicOrigin,
    mail: mail.t.config.mail,
  });
  await settle(mail.t.app, tomorrow8);
}

async function afterTheWindow() {
  await settle(mail.t.app, inSeconds(AFTER_WINDOW));
  await settle(mail.t.app, inSeconds(AFTER_WINDOW + 600));
}

describe('notice mails about off-the-record posts', () => {
  it('quote neither an off-the-record thread nor its replies, and link to them', async () => {
    const asha = await mail.person({ name: 'Asha Author' });
    const bruno = await mail.person({ name: 'Bruno Replier' });
    const thread = await newThread(asha, {
      title: 'Inside the reorganisation',
      body: 'The minister said xylophagous things.',
      offRecord: true,
    });
    const posted = await reply(bruno, thread.id, { body: 'We heard quokkaburg too.' });
    await afterTheWindow();

    const [notice, ...more] = await mailsTo(mail.smtp, asha.email);
    expect(more).toEqual([]);
    if (!notice) throw new Error('no mail');
    expect(notice.subject).toBe('Bruno Replier replied in “Inside the reorganisation”');
    expect(wholeMail(notice)).not.toContain('quokkaburg');
    expect(wholeMail(notice)).not.toContain('xylophagous');
    expect(notice.text).toContain(OFF_RECORD);
    expect(notice.html).toContain(`http://praxis.test/threads/${thread.id}#reply-${posted.id}`);
    // Still answerable by e-mail: the answer is posted, and never quoted back.
    expect(notice.replyTo?.value[0]?.address).toMatch(/^reply\+[a-z2-7]{26}@reply\.praxis\.test$/);
    await mail.deliver({
      from: asha.email,
      to: notice.replyTo?.value[0]?.address,
      subject: `Re: ${notice.subject}`,
      text: gmailReply('Mailed back: pangolin budgets.'),
    });
    const replies = await mail.repliesIn(thread.id);
    expect(replies.map((row) => row.bodySource)).toEqual([
      'We heard quokkaburg too.',
      'Mailed back: pangolin budgets.',
    ]);
    // Bruno follows the thread he answered: he hears of the mailed answer in his daily summary.
    await summariseTomorrow();
    const toBruno = (await mailsTo(mail.smtp, bruno.email)).map(wholeMail).join('\n');
    expect(toBruno).toContain('Asha Author replied in “Inside the reorganisation”');
    expect(toBruno).toContain(OFF_RECORD);
    expect(toBruno).not.toContain('pangolin');
  });

  it('quote an on-the-record reply but not an off-the-record one beside it, nor a mention in it', async () => {
    const asha = await mail.person({ name: 'Asha Author' });
    const bruno = await mail.person({ name: 'Bruno Replier' });
    const carla = await mail.person({ name: 'Carla Mentioned', handle: 'carla-offrec' });
    const thread = await newThread(asha, { title: 'Open data pilots' });
    await reply(bruno, thread.id, {
      body: 'Between us, @carla-offrec, the wombatique audit failed.',
      offRecord: true,
    });
    await reply(bruno, thread.id, { body: 'Publicly: we published timetables.' });
    await afterTheWindow();

    const [toAsha] = await mailsTo(mail.smtp, asha.email);
    if (!toAsha) throw new Error('no mail');
    expect(toAsha.subject).toBe('2 new replies in “Open data pilots”');
    expect(toAsha.text).toContain('Publicly: we published timetables.');
    expect(toAsha.text).toContain(OFF_RECORD);
    expect(wholeMail(toAsha)).not.toContain('wombatique');
    const [toCarla] = await mailsTo(mail.smtp, carla.email);
    if (!toCarla) throw new Error('no mail');
    expect(toCarla.subject).toBe('Bruno Replier mentioned you in “Open data pilots”');
    expect(toCarla.text).toContain(OFF_RECORD);
    expect(wholeMail(toCarla)).not.toContain('wombatique');
  });

  it('quote no off-the-record answer when it is accepted', async () => {
    const asha = await mail.person({ name: 'Asha Asker' });
    const bruno = await mail.person({ name: 'Bruno Answerer' });
    const question = await newThread(asha, { kind: 'question', title: 'How to buy cloud?' });
    const answer = await reply(bruno, question.id, {
      body: 'Off the record: the narwhalish framework.',
      offRecord: true,
    });
    const accepted = await mail.t.request({
      method: 'PUT',
      url: `/api/threads/${question.id}/accepted`,
      cookie: asha.cookie,
      payload: { replyId: answer.id },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await afterTheWindow();

    const [notice] = await mailsTo(mail.smtp, bruno.email);
    if (!notice) throw new Error('no mail');
    expect(notice.subject).toBe('Asha Asker accepted your answer in “How to buy cloud?”');
    expect(notice.text).toContain(OFF_RECORD);
    expect(wholeMail(notice)).not.toContain('narwhalish');
  });
});

describe('daily summaries and weekly digests', () => {
  it('summarise an off-the-record reply by its link alone', async () => {
    const asha = await mail.person();
    const follower = await mail.person();
    const bruno = await mail.person({ name: 'Bruno Summarised' });
    const thread = await newThread(asha, { title: 'Shared services' });
    await reply(follower, thread.id, { body: 'Following this one.' });
    await reply(bruno, thread.id, { body: 'Confidentially: capybaric savings.', offRecord: true });
    await settle(mail.t.app, inSeconds(AFTER_WINDOW));
    await summariseTomorrow();

    const [summary] = await mailsTo(mail.smtp, follower.email);
    if (!summary) throw new Error('no summary');
    expect(summary.subject).toBe('Your daily summary: 1 new notification');
    expect(summary.text).toContain('Bruno Summarised replied in “Shared services”');
    expect(summary.text).toContain(OFF_RECORD);
    expect(summary.text).toContain(`http://praxis.test/threads/${thread.id}#reply-`);
    expect(wholeMail(summary)).not.toContain('capybaric');
  });

  it('list an anonymous off-the-record story without its words or its author', async () => {
    const reader = await mail.person();
    const teller = await mail.person({ name: 'Tereza Teller' });
    // Five at least, or the cohort is too small to hide among.
    const quiet = [];
    for (let index = 0; index < 3; index += 1) {
      quiet.push((await createMember(mail.t.database.db)).id);
    }
    const cohort = await createCohort(mail.t.database.db, {
      name: 'Transfo Lab 2025',
      memberIds: [reader.id, teller.id, ...quiet],
    });
    // Members for a month: the digest does not list the teller as new in the cohort.
    await mail.t.database.db
      .update(cohortMemberships)
      .set({ joinedAt: new Date(Date.now() - 30 * 24 * 3600_000) })
      .where(eq(cohortMemberships.cohortId, cohort.id));
    const story = await newThread(teller, {
      kind: 'failure',
      title: 'The pilot we stopped',
      body: '',
      story: {
        context: 'A ministry with ocelotine habits.',
        tried: 'A pilot.',
        happened: 'It stopped.',
        learned: 'Ocelotine habits win.',
      },
      anonymous: { cohortId: cohort.id },
      offRecord: true,
    });
    const monday = firstDigestDue(ZONE);
    await planWeeklyDigests(mail.t.database.db, monday, ZONE);
    await settle(mail.t.app, monday);

    const digest = (await mailsTo(mail.smtp, reader.email)).find((message) =>
      message.subject?.startsWith('Your week on Praxis'),
    );
    if (!digest) throw new Error('no digest');
    expect(digest.text).toContain('The pilot we stopped');
    expect(digest.text).toContain('A failure story by a member of Transfo Lab 2025');
    expect(digest.text).toContain(OFF_RECORD);
    expect(digest.html).toContain(`http://praxis.test/threads/${story.id}`);
    expect(wholeMail(digest)).not.toContain('Tereza');
    expect(wholeMail(digest).toLowerCase()).not.toContain('ocelotine');
  });
});

describe('mails about anonymous posts', () => {
  it('name an anonymous replier as a member of the network, never by name', async () => {
    const asha = await mail.person({ name: 'Asha Author' });
    const hidden = await mail.person({ name: 'Hidden Hannelore', handle: 'hannelore' });
    const thread = await newThread(asha, { title: 'Failing in public' });
    await reply(hidden, thread.id, { body: 'It happened to us.', anonymous: { cohortId: null } });
    await afterTheWindow();

    const [notice] = await mailsTo(mail.smtp, asha.email);
    if (!notice) throw new Error('no mail');
    expect(notice.subject).toBe('A member of the network replied in “Failing in public”');
    expect(notice.text).toContain('It happened to us.');
    const everything = [wholeMail(notice), JSON.stringify(notice.headers)].join('\n');
    for (const trace of ['Hannelore', 'hannelore', hidden.id, hidden.email]) {
      expect(everything).not.toContain(trace);
    }
  });
});

describe('meetup notes off the record', () => {
  it('tell a member they were mentioned without quoting the notes', async () => {
    const organiser = mail.organiser;
    const mentioned = await mail.person({ name: 'Mia Mentioned', handle: 'mia-offrec' });
    const series = await createMeetupSeries(mail.t.database.db, {});
    const meetup = await createMeetup(mail.t.database.db, {
      seriesId: series.id,
      title: 'Winter exchange',
      startsAt: new Date(Date.now() - 3600_000),
    });
    const saved = await mail.t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/notes`,
      cookie: organiser.cookie,
      payload: { notes: '@mia-offrec told us of the axolotlian budget.', notesOffRecord: true },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await settle(mail.t.app);
    await afterTheWindow();

    const [notice] = await mailsTo(mail.smtp, mentioned.email);
    if (!notice) throw new Error('no mail');
    expect(notice.subject).toBe('Olga Organiser mentioned you in the notes of Winter exchange');
    expect(notice.html).toContain(`http://praxis.test/meetups/${meetup.id}`);
    expect(wholeMail(notice)).not.toContain('axolotlian');
  });
});

import type { Reply, ThreadDetail } from '@praxis/contracts/threads';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { expect } from 'vitest';
import type { ChatSocket } from './chat-client.ts';
import type { TestApp } from './test-app.ts';

/**
 * The word every anonymous text of this network holds, and nothing else does: an answer that
 * carries it, or an anonymous post's id, beside the author's name tells who wrote it.
 */
export const ANONYMOUS_WORD = 'pangolin';

/** How the author is known by name: each must stay out of what others read of their posts. */
export const AUTHOR = { name: 'Wilhelmina Quarrington', handle: 'wilhelmina-q' };

const READERS = 6;

/** A member of the cohort, signed in. */
async function cohortMember(t: TestApp, overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

async function posted<T>(
  t: TestApp,
  cookie: string,
  method: 'POST' | 'PUT',
  url: string,
  payload: object,
) {
  const response = await t.request({ method, url, cookie, payload });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json() as T;
}

/**
 * One cohort whose member writes anonymously: a failure story to the whole network as "a member
 * of" the cohort, and a question to the cohort as "a member of the network". They reply in both
 * (once asking to be named: their replies in their own anonymous thread stay anonymous), answer
 * another member's reply, mention a bystander, accept an answer; others mark their posts helpful
 * and reply, so that notifications and mail go both ways. The first reader's socket follows the
 * thread list and the story while the author writes (`listen`, given by the test).
 */
export async function buildAnonymityNetwork(
  t: TestApp,
  listen: (
    cookie: string,
  ) => Promise<{ socket: ChatSocket; follow: (topic: string) => Promise<void> }>,
) {
  const author = await cohortMember(t, AUTHOR);
  const readers = [];
  // The second reader advises: the author asks them about the question.
  for (let index = 0; index < READERS; index += 1) {
    readers.push(await cohortMember(t, index === 1 ? { profile: { openToAdvise: true } } : {}));
  }
  const [reader, bystander] = readers as [(typeof readers)[number], (typeof readers)[number]];
  const organisers = [];
  for (let index = 0; index < READERS; index += 1) {
    organisers.push(await cohortMember(t, { role: 'organiser' }));
  }
  const cohort = await createCohort(t.database.db, {
    name: 'Public Sector Innovation 2024',
    memberIds: [author.id, ...readers.map((each) => each.id)],
  });
  const { socket, follow } = await listen(reader.cookie);
  await follow('threads');

  const story = await posted<ThreadDetail>(t, author.cookie, 'POST', '/api/threads', {
    kind: 'failure',
    title: `Our ${ANONYMOUS_WORD} procurement pilot failed`,
    story: {
      context: `A ${ANONYMOUS_WORD} agency, told to buy software in a month.`,
      tried: 'A pilot contract.',
      happened: `It collapsed; @${bystander.handle} saw it.`,
      learned: 'Ask legal first.',
      differently: 'Everything.',
    },
    cohortId: null,
    anonymous: { cohortId: cohort.id },
  });
  await follow(`thread:${story.id}`);
  const question = await posted<ThreadDetail>(t, author.cookie, 'POST', '/api/threads', {
    kind: 'question',
    title: `How do you ${ANONYMOUS_WORD} a tender?`,
    body: `Asking for a ${ANONYMOUS_WORD} friend.`,
    cohortId: cohort.id,
    anonymous: { cohortId: null },
  });
  await follow(`thread:${question.id}`);

  const readerReply = await posted<Reply>(
    t,
    reader.cookie,
    'POST',
    `/api/threads/${story.id}/replies`,
    {
      body: 'We had the same problem.',
    },
  );
  const authorReply = await posted<Reply>(
    t,
    author.cookie,
    'POST',
    `/api/threads/${story.id}/replies`,
    {
      body: `Thanks, ${ANONYMOUS_WORD} indeed. @${bystander.handle} knows.`,
      replyToId: readerReply.id,
      anonymous: null,
    },
  );
  const answer = await posted<Reply>(
    t,
    reader.cookie,
    'POST',
    `/api/threads/${question.id}/replies`,
    {
      body: 'Split it in lots.',
    },
  );
  const authorFollowUp = await posted<Reply>(
    t,
    author.cookie,
    'POST',
    `/api/threads/${question.id}/replies`,
    {
      body: `That ${ANONYMOUS_WORD} trick works.`,
      replyToId: answer.id,
    },
  );
  // The bystander is asked for advice: the request, its notice and their export name no asker.
  await posted(t, author.cookie, 'POST', `/api/threads/${question.id}/advice-requests`, {
    memberIds: [bystander.id],
  });
  await posted(t, author.cookie, 'PUT', `/api/threads/${question.id}/accepted`, {
    replyId: answer.id,
  });
  for (const replyId of [null, authorReply.id]) {
    await posted(t, reader.cookie, 'PUT', `/api/threads/${story.id}/helpful`, {
      helpful: true,
      replyId,
    });
  }
  await posted(t, bystander.cookie, 'POST', `/api/threads/${story.id}/replies`, {
    body: 'Thanks for the mention.',
    replyToId: authorReply.id,
  });

  return {
    author,
    reader,
    bystander,
    readers,
    organisers,
    cohort,
    socket,
    ids: {
      story: story.id,
      question: question.id,
      authorReply: authorReply.id,
      authorFollowUp: authorFollowUp.id,
      readerReply: readerReply.id,
      answer: answer.id,
    },
  };
}

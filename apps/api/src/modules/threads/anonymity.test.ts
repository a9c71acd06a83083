import type { Reply, ThreadDetail, ThreadPage } from '@praxis/contracts/threads';
import { createCohort } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnonymityCast, anonymityCast, masked } from '../../testing/anonymity-cast.ts';
import type { TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let amra: AnonymityCast['amra'];
let bruno: AnonymityCast['bruno'];
let outsider: AnonymityCast['outsider'];
let organiser: AnonymityCast['organiser'];
let cohort: AnonymityCast['cohort'];
let ask: AnonymityCast['ask'];
let reply: AnonymityCast['reply'];
let read: AnonymityCast['read'];
let repliesOf: AnonymityCast['repliesOf'];

beforeAll(async () => {
  ({ t, amra, bruno, outsider, organiser, cohort, ask, reply, read, repliesOf } =
    await anonymityCast());
});
afterAll(() => t.close());

describe('POST /api/threads with anonymous', () => {
  it('names the author to themself, marked anonymous, and to everyone else as a member of the cohort', async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    expect(thread.author).toMatchObject({
      id: amra.id,
      handle: 'amra',
      anonymous: { cohort: { id: cohort.id, name: 'La Transfo 2023' } },
    });
    expect((await read(bruno.cookie, thread.id)).author).toEqual(masked(cohort));
    const asOrganiser = await read(organiser.cookie, thread.id);
    expect(asOrganiser.author).toEqual(masked(cohort));
    expect(asOrganiser.can.revealAuthor).toBe(true);
    expect((await read(bruno.cookie, thread.id)).can.revealAuthor).toBe(false);
  });

  it('names a network-wide anonymous author as a member of the network', async () => {
    const thread = await ask(amra.cookie, { cohortId: null });
    expect((await read(outsider.cookie, thread.id)).author).toEqual(masked(null));
  });

  it('returns 400 when the cohort is too small to hide among, and stores nothing', async () => {
    const small = await createCohort(t.database.db, {
      name: 'Train the trainers 2025',
      memberIds: [amra.id, bruno.id, outsider.id],
    });
    const response = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: {
        kind: 'question',
        title: 'Signed among three',
        body: 'Asking.',
        anonymous: { cohortId: small.id },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.anonymous).toBe(
      'Too few people are in Train the trainers 2025 to hide among (fewer than 5): post as a member of the network instead.',
    );
    const mine = await t.request({
      method: 'GET',
      url: '/api/threads?author=amra',
      cookie: amra.cookie,
    });
    expect((mine.json() as ThreadPage).threads.map((each) => each.title)).not.toContain(
      'Signed among three',
    );
  });

  it('returns 400 when the author is not in the cohort they sign as, and stores nothing', async () => {
    const other = await createCohort(t.database.db, { memberIds: [bruno.id] });
    const response = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: {
        kind: 'question',
        title: 'Signed as a stranger',
        body: 'Asking.',
        anonymous: { cohortId: other.id },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'Choose a cohort you belong to, or post as a member of the network.',
    );
    const mine = await t.request({
      method: 'GET',
      url: '/api/threads?author=amra',
      cookie: amra.cookie,
    });
    expect((mine.json() as ThreadPage).threads.map((each) => each.title)).not.toContain(
      'Signed as a stranger',
    );
  });

  it('leaves anonymous threads out of the author filter for others, not for the author', async () => {
    const thread = await ask(amra.cookie, { cohortId: null });
    const filter = async (cookie: string) =>
      (
        (
          await t.request({ method: 'GET', url: '/api/threads?author=amra', cookie })
        ).json() as ThreadPage
      ).threads.map((each) => each.id);
    expect(await filter(bruno.cookie)).not.toContain(thread.id);
    expect(await filter(organiser.cookie)).not.toContain(thread.id);
    expect(await filter(amra.cookie)).toContain(thread.id);
  });
});

describe('POST /api/threads/:id/replies in an anonymous thread', () => {
  it("keeps the thread author's replies anonymous as the thread is, marked as the author's, whatever they ask", async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    const own = await reply(amra.cookie, thread.id, { anonymous: null });
    expect(own.author.anonymous).toEqual({ cohort });
    const asBruno = (await repliesOf(bruno.cookie, thread.id)).find((each) => each.id === own.id);
    expect(asBruno?.author).toEqual(masked(cohort));
    expect(asBruno?.byThreadAuthor).toBe(true);
  });

  it("does not mark an author's anonymous reply in their named thread as the author's", async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(bruno.cookie, thread.id, { anonymous: { cohortId: null } });
    const asAmra = (await repliesOf(amra.cookie, thread.id)).find((each) => each.id === own.id);
    expect(asAmra).toMatchObject({ author: masked(null), byThreadAuthor: false });
  });

  it('gives the name of whom an anonymous reply answers as empty to others', async () => {
    const thread = await ask(bruno.cookie, null);
    const hidden = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const answer = await reply(bruno.cookie, thread.id, { replyToId: hidden.id });
    expect(answer.replyTo).toEqual({ id: hidden.id, authorName: '' });
  });
});

describe('DELETE /api/threads/:id/anonymity', () => {
  it('returns 403 to anyone but the author, organisers too', async () => {
    const thread = await ask(amra.cookie, { cohortId: null });
    for (const cookie of [bruno.cookie, organiser.cookie]) {
      const response = await t.request({
        method: 'DELETE',
        url: `/api/threads/${thread.id}/anonymity`,
        cookie,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toBe(
        'Only its author can sign an anonymous post with their name.',
      );
    }
  });

  it('names the author on the thread and on their replies in it', async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    const own = await reply(amra.cookie, thread.id);
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/anonymity`,
      cookie: amra.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as ThreadDetail).author.anonymous).toBeUndefined();
    expect((await read(bruno.cookie, thread.id)).author).toMatchObject({
      id: amra.id,
      handle: 'amra',
    });
    const asBruno = (await repliesOf(bruno.cookie, thread.id)).find((each) => each.id === own.id);
    expect(asBruno?.author).toMatchObject({ id: amra.id, name: 'Amra Hadžić' });
  });
});

describe('DELETE /api/threads/:id/replies/:replyId/anonymity', () => {
  it('names the author of an anonymous reply in a named thread', async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/replies/${own.id}/anonymity`,
      cookie: amra.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as Reply).author).toMatchObject({ id: amra.id, handle: 'amra' });
    expect(
      (await repliesOf(bruno.cookie, thread.id)).find((each) => each.id === own.id)?.author.id,
    ).toBe(amra.id);
  });

  it("returns 409 for the thread author's reply while their thread is anonymous", async () => {
    const thread = await ask(amra.cookie, { cohortId: null });
    const own = await reply(amra.cookie, thread.id);
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/replies/${own.id}/anonymity`,
      cookie: amra.cookie,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      'Your replies in your anonymous thread stay anonymous while the thread is: sign the thread with your name instead.',
    );
  });

  it('returns 403 to someone else', async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/replies/${own.id}/anonymity`,
      cookie: bruno.cookie,
    });
    expect(response.statusCode).toBe(403);
  });
});

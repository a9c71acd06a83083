import { randomBytes } from 'node:crypto';
import type { Attachment } from '@praxis/contracts/attachments';
import type { Reply, ThreadDetail } from '@praxis/contracts/threads';
import { attachments } from '@praxis/db/schema/attachments';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// Editing a post edits its files too: the edit sends every file the post keeps. New ones must be
// the editor's own unattached uploads; those left out are deleted with their bytes.

let t: TestApp;
type Person = Awaited<ReturnType<typeof person>>;
let amra: Person;
let bruno: Person;
let threadId: string;
let picture: Buffer;

async function person() {
  const handle = `edit-${randomBytes(4).toString('hex')}`;
  const member = await createMember(t.database.db, { handle });
  return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

async function uploaded(owner: Person, name: string) {
  const response = await t.request({
    method: 'POST',
    url: `/api/attachments?name=${encodeURIComponent(name)}`,
    cookie: owner.cookie,
    payload: picture,
    headers: { 'content-type': 'image/png' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Attachment;
}

async function replyWith(author: Person, files: Attachment[]) {
  const response = await t.request({
    method: 'POST',
    url: `/api/threads/${threadId}/replies`,
    cookie: author.cookie,
    payload: { body: 'Our board.', attachmentIds: files.map((file) => file.id) },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Reply;
}

const editReply = (editor: Person, reply: Reply, payload: object) =>
  t.request({
    method: 'PATCH',
    url: `/api/threads/${threadId}/replies/${reply.id}`,
    cookie: editor.cookie,
    payload,
  });

/** The reply as a member reads it now, from the thread's list. */
async function current(reply: Reply) {
  const page = await t.request({
    method: 'GET',
    url: `/api/threads/${threadId}/replies`,
    cookie: bruno.cookie,
  });
  const found = (page.json().replies as Reply[]).find((each) => each.id === reply.id);
  if (!found) throw new Error('reply not listed');
  return { body: found.bodySource, files: found.attachments.map((file) => file.fileName) };
}

const statusOf = async (viewer: Person, file: Attachment) =>
  (await t.request({ method: 'GET', url: file.url, cookie: viewer.cookie })).statusCode;

beforeAll(async () => {
  t = await createTestApp();
  amra = await person();
  bruno = await person();
  const cohortId = (await createCohort(t.database.db, { memberIds: [amra.id, bruno.id] })).id;
  const thread = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: amra.cookie,
    payload: { kind: 'discussion', title: 'Boards from our pilots', body: 'Share.', cohortId },
  });
  expect(thread.statusCode, thread.body).toBe(201);
  threadId = thread.json().id;
  picture = await sharp({ create: { width: 24, height: 16, channels: 3, background: '#2e86de' } })
    .png()
    .toBuffer();
});
afterAll(async () => {
  await t.close();
});

describe('PATCH /api/threads/:id/replies/:replyId with attachmentIds', () => {
  it('attaches a new upload beside the files kept, and the thread shows it to others', async () => {
    const first = await uploaded(amra, 'first.png');
    const reply = await replyWith(amra, [first]);
    const second = await uploaded(amra, 'second.png');
    const edited = await editReply(amra, reply, {
      body: 'Our board, and the next one.',
      attachmentIds: [first.id, second.id],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as Reply).attachments.map((file) => file.id)).toEqual([
      first.id,
      second.id,
    ]);
    expect(await current(reply)).toEqual({
      body: 'Our board, and the next one.',
      files: ['first.png', 'second.png'],
    });
    expect(await statusOf(bruno, second)).toBe(200);
  });

  it('deletes a file left out: its bytes are gone and it answers 404 to everyone', async () => {
    const kept = await uploaded(amra, 'kept.png');
    const dropped = await uploaded(amra, 'dropped.png');
    const reply = await replyWith(amra, [kept, dropped]);
    const edited = await editReply(amra, reply, { body: 'Only one.', attachmentIds: [kept.id] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await current(reply)).toEqual({ body: 'Only one.', files: ['kept.png'] });
    for (const viewer of [amra, bruno]) {
      expect(await statusOf(viewer, dropped)).toBe(404);
      expect(
        (await t.request({ method: 'GET', url: dropped.thumbnailUrl ?? '', cookie: viewer.cookie }))
          .statusCode,
      ).toBe(404);
    }
    const rows = await t.database.db
      .select({ id: attachments.id })
      .from(attachments)
      .where(inArray(attachments.id, [kept.id, dropped.id]));
    expect(rows).toEqual([{ id: kept.id }]);
  });

  it('keeps the files when the edit does not list them', async () => {
    const file = await uploaded(amra, 'stays.png');
    const reply = await replyWith(amra, [file]);
    const edited = await editReply(amra, reply, { body: 'Reworded.' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await current(reply)).toEqual({ body: 'Reworded.', files: ['stays.png'] });
  });

  it("refuses another member's upload with 400 and changes neither the text nor the files", async () => {
    const own = await uploaded(amra, 'own.png');
    const reply = await replyWith(amra, [own]);
    const theirs = await uploaded(bruno, 'theirs.png');
    const edited = await editReply(amra, reply, {
      body: 'Borrowed.',
      attachmentIds: [theirs.id],
    });
    expect(edited.statusCode).toBe(400);
    expect(edited.json().error.message).toMatch(/^Some of these files are not your uploads/);
    expect(await current(reply)).toEqual({ body: 'Our board.', files: ['own.png'] });
    expect(await statusOf(amra, own)).toBe(200);
    expect(await statusOf(amra, theirs)).toBe(404);
  });

  it("refuses a file of another post, even the editor's own, and moves nothing", async () => {
    const elsewhere = await uploaded(amra, 'elsewhere.png');
    const other = await replyWith(amra, [elsewhere]);
    const brunos = await uploaded(bruno, 'brunos.png');
    const brunosReply = await replyWith(bruno, [brunos]);
    const reply = await replyWith(amra, []);
    for (const taken of [elsewhere, brunos]) {
      const edited = await editReply(amra, reply, { body: 'Moved.', attachmentIds: [taken.id] });
      expect(edited.statusCode).toBe(400);
    }
    expect(await current(reply)).toEqual({ body: 'Our board.', files: [] });
    expect((await current(other)).files).toEqual(['elsewhere.png']);
    expect((await current(brunosReply)).files).toEqual(['brunos.png']);
  });

  it('refuses more files than a post may carry with 400, keeping those it has', async () => {
    const file = await uploaded(amra, 'one.png');
    const reply = await replyWith(amra, [file]);
    const ids = Array.from({ length: 11 }, () => crypto.randomUUID());
    const edited = await editReply(amra, reply, { body: 'Many.', attachmentIds: ids });
    expect(edited.statusCode).toBe(400);
    expect(await current(reply)).toEqual({ body: 'Our board.', files: ['one.png'] });
  });

  it('refuses with 403 an edit by a member who did not write the reply, and the files stay', async () => {
    const file = await uploaded(amra, 'mine.png');
    const reply = await replyWith(amra, [file]);
    const edited = await editReply(bruno, reply, { body: 'Not yours.', attachmentIds: [] });
    expect(edited.statusCode).toBe(403);
    expect(await current(reply)).toEqual({ body: 'Our board.', files: ['mine.png'] });
    expect(await statusOf(bruno, file)).toBe(200);
  });
});

describe('PATCH /api/threads/:id with attachmentIds', () => {
  async function threadWith(files: Attachment[]) {
    const response = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: {
        kind: 'discussion',
        title: 'Our lab, in pictures',
        body: 'See.',
        attachmentIds: files.map((file) => file.id),
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as ThreadDetail;
  }

  const editThread = (editor: Person, thread: ThreadDetail, payload: object) =>
    t.request({
      method: 'PATCH',
      url: `/api/threads/${thread.id}`,
      cookie: editor.cookie,
      payload,
    });

  async function shown(thread: ThreadDetail) {
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}`,
      cookie: bruno.cookie,
    });
    const read = response.json() as ThreadDetail;
    return { title: read.title, files: read.attachments.map((file) => file.fileName) };
  }

  it("replaces the thread's files: the new upload is attached, the one left out deleted", async () => {
    const before = await uploaded(amra, 'before.png');
    const thread = await threadWith([before]);
    const after = await uploaded(amra, 'after.png');
    const edited = await editThread(amra, thread, { attachmentIds: [after.id] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await shown(thread)).toEqual({ title: 'Our lab, in pictures', files: ['after.png'] });
    expect(await statusOf(amra, before)).toBe(404);
    expect(await statusOf(bruno, after)).toBe(200);
  });

  it("refuses a reply's file with 400 and keeps the old title and files", async () => {
    const file = await uploaded(amra, 'thread.png');
    const thread = await threadWith([file]);
    const replyFile = await uploaded(amra, 'reply.png');
    await replyWith(amra, [replyFile]);
    const edited = await editThread(amra, thread, {
      title: 'Renamed on the way',
      attachmentIds: [replyFile.id],
    });
    expect(edited.statusCode).toBe(400);
    expect(await shown(thread)).toEqual({ title: 'Our lab, in pictures', files: ['thread.png'] });
    expect(await statusOf(bruno, replyFile)).toBe(200);
  });

  it('refuses with 403 an edit by a member who did not start the thread', async () => {
    const file = await uploaded(amra, 'started.png');
    const thread = await threadWith([file]);
    const edited = await editThread(bruno, thread, { attachmentIds: [] });
    expect(edited.statusCode).toBe(403);
    expect((await shown(thread)).files).toEqual(['started.png']);
  });
});

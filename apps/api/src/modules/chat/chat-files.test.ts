import type { Attachment } from '@praxis/contracts/attachments';
import type { Notification } from '@praxis/contracts/notifications';
import { messages } from '@praxis/db/schema/chat';
import { createCohort } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { isError, socketTestApp } from '../../testing/chat-sockets.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { messagesSince } from './chat.mail.ts';

// A picture says enough on its own: a message may be files without text, over the real socket
// the composer uses; a message with neither is refused, saying what is missing.
const kit = socketTestApp();
const { member, roomsOf, connect } = kit;
let t: TestApp;
let picture: Buffer;
beforeAll(async () => {
  t = kit.t;
  picture = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2d6a4f' } })
    .png()
    .toBuffer();
});

async function upload(cookie: string): Promise<Attachment> {
  const response = await t.request({
    method: 'POST',
    url: '/api/attachments?name=board.png',
    cookie,
    payload: picture,
    headers: { 'content-type': 'image/png' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Attachment;
}

/** Two members of a cohort, each with a socket following its room. */
async function cohortPair() {
  const [amra, bruno] = [await member(), await member()];
  const cohort = await createCohort(t.database.db, { memberIds: [amra.id, bruno.id] });
  const room = (await roomsOf(amra.cookie)).find((each) => each.cohortId === cohort.id);
  if (!room) throw new Error('no cohort room');
  const sockets = [await connect(amra.cookie), await connect(bruno.cookie)] as const;
  for (const socket of sockets) {
    socket.send({ type: 'subscribe', roomId: room.id });
    await socket.waitFor((frame) => frame.type === 'subscribed');
  }
  return { amra, bruno, roomId: room.id, sockets };
}

const storedBy = (authorId: string) =>
  t.database.db.select().from(messages).where(eq(messages.authorId, authorId));

describe('send frame with files and no text', () => {
  it('stores a picture sent alone and delivers it to the other member, who can open it', async () => {
    const { amra, bruno, roomId, sockets } = await cohortPair();
    const file = await upload(amra.cookie);
    sockets[0].send({
      type: 'send',
      roomId,
      clientId: 'picture-alone-1',
      body: '',
      attachmentIds: [file.id],
    });
    await sockets[0].waitFor((frame) => frame.type === 'ack');
    const received = await sockets[1].waitFor(
      (frame) => frame.type === 'message' && frame.message.clientId === 'picture-alone-1',
    );
    expect(received.type === 'message' && received.message).toMatchObject({
      body: '',
      html: '',
      attachments: [{ id: file.id, kind: 'image', fileName: 'board.png' }],
    });
    const opened = await t.request({ method: 'GET', url: file.url, cookie: bruno.cookie });
    expect(opened.statusCode).toBe(200);
    for (const socket of sockets) socket.close();
  });

  it('refuses a message with neither text nor files, saying so, and stores nothing', async () => {
    const { amra, roomId, sockets } = await cohortPair();
    for (const [clientId, extra] of [
      ['nothing-at-all-1', {}],
      ['no-files-either-1', { attachmentIds: [] }],
    ] as const) {
      const from = sockets[0].frames.length;
      sockets[0].send({ type: 'send', roomId, clientId, body: '  \n ', ...extra });
      expect(await sockets[0].waitFor(isError, { from })).toMatchObject({
        code: 'invalid',
        ref: clientId,
        message: 'Write a message or attach a picture or PDF.',
      });
    }
    expect(await storedBy(amra.id)).toEqual([]);
    for (const socket of sockets) socket.close();
  });

  it('refuses files-only with another member’s upload, and a sender outside the room, storing nothing', async () => {
    const { amra, bruno, roomId, sockets } = await cohortPair();
    const brunos = await upload(bruno.cookie);
    sockets[0].send({
      type: 'send',
      roomId,
      clientId: 'not-mine-1',
      body: '',
      attachmentIds: [brunos.id],
    });
    expect(await sockets[0].waitFor(isError)).toMatchObject({
      code: 'invalid',
      ref: 'not-mine-1',
      message:
        'Some of these files are not your uploads, have expired or belong to another post. Attach them again.',
    });

    const outsider = await member();
    const theirs = await upload(outsider.cookie);
    const socket = await connect(outsider.cookie);
    socket.send({
      type: 'send',
      roomId,
      clientId: 'outsider-1',
      body: '',
      attachmentIds: [theirs.id],
    });
    expect(await socket.waitFor(isError)).toMatchObject({ code: 'forbidden', ref: 'outsider-1' });
    expect(await storedBy(amra.id)).toEqual([]);
    expect(await storedBy(outsider.id)).toEqual([]);
    for (const each of [...sockets, socket]) each.close();
  });
});

describe('a picture sent alone in a direct conversation', () => {
  it('tells the member who is away that a picture came, in the bell and the mail, not an empty quote', async () => {
    const [amra, bruno] = [await member(), await member()];
    const opened = await t.request({
      method: 'POST',
      url: '/api/rooms/direct',
      cookie: amra.cookie,
      payload: { memberIds: [bruno.id] },
    });
    const roomId = opened.json().id as string;
    const file = await upload(amra.cookie);
    const socket = await connect(amra.cookie);
    socket.send({
      type: 'send',
      roomId,
      clientId: 'direct-pic-1',
      body: '',
      attachmentIds: [file.id],
    });
    const ack = await socket.waitFor((frame) => frame.type === 'ack');

    const response = await t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: bruno.cookie,
    });
    const notices = (response.json().notifications as Notification[]).filter(
      (notification) => notification.kind === 'direct_message',
    );
    expect(notices.map((notice) => notice.detail)).toEqual([{ excerpt: '', files: 'picture' }]);
    const messageId = ack.type === 'ack' ? ack.messageId : '';
    const mailed = await messagesSince(t.database.db, roomId, [messageId], new Date(), 10);
    expect(mailed.messages).toMatchObject([{ id: messageId, text: '', files: 'picture' }]);
    socket.close();

    // A caption added later is what the notice quotes; it no longer says only "a picture".
    const captioned = await t.request({
      method: 'PATCH',
      url: `/api/rooms/${roomId}/messages/${messageId}`,
      cookie: amra.cookie,
      payload: { body: 'The whiteboard after the retro.' },
    });
    expect(captioned.statusCode, captioned.body).toBe(200);
    const after = await t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: bruno.cookie,
    });
    expect(
      (after.json().notifications as Notification[])
        .filter((notification) => notification.kind === 'direct_message')
        .map((notice) => notice.detail),
    ).toEqual([{ excerpt: 'The whiteboard after the retro.' }]);
  });
});

describe('PATCH /api/rooms/:id/messages/:messageId with attachmentIds', () => {
  /** Amra's picture sent alone in a cohort room with Bruno, over her socket. */
  async function pictureAlone() {
    const pair = await cohortPair();
    const file = await upload(pair.amra.cookie);
    pair.sockets[0].send({
      type: 'send',
      roomId: pair.roomId,
      clientId: `alone-${file.id.slice(0, 8)}`,
      body: '',
      attachmentIds: [file.id],
    });
    const ack = await pair.sockets[0].waitFor((frame) => frame.type === 'ack');
    for (const socket of pair.sockets) socket.close();
    return { ...pair, file, messageId: ack.type === 'ack' ? ack.messageId : '' };
  }

  const edit = (cookie: string, roomId: string, messageId: string, payload: object) =>
    t.request({
      method: 'PATCH',
      url: `/api/rooms/${roomId}/messages/${messageId}`,
      cookie,
      payload,
    });

  it('replaces a message’s files with those listed and adds a caption; the removed file is gone for everyone', async () => {
    const { amra, bruno, roomId, file, messageId } = await pictureAlone();
    const second = await upload(amra.cookie);
    const edited = await edit(amra.cookie, roomId, messageId, {
      body: 'The board, cleaned up.',
      attachmentIds: [second.id],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      body: 'The board, cleaned up.',
      attachments: [{ id: second.id }],
    });
    for (const cookie of [amra.cookie, bruno.cookie]) {
      const removed = await t.request({ method: 'GET', url: file.url, cookie });
      expect(removed.statusCode).toBe(404);
    }
    const kept = await t.request({ method: 'GET', url: second.url, cookie: bruno.cookie });
    expect(kept.statusCode).toBe(200);
  });

  it('keeps the files when attachmentIds is left out, and refuses an edit that leaves neither text nor files', async () => {
    const { amra, roomId, file, messageId } = await pictureAlone();
    const textless = await edit(amra.cookie, roomId, messageId, { body: '  ' });
    expect(textless.statusCode, textless.body).toBe(200);
    expect(textless.json().attachments).toMatchObject([{ id: file.id }]);

    const emptied = await edit(amra.cookie, roomId, messageId, { body: '', attachmentIds: [] });
    expect(emptied.statusCode).toBe(400);
    expect(emptied.json().error.message).toBe('Write a message or attach a picture or PDF.');
    const opened = await t.request({ method: 'GET', url: file.url, cookie: amra.cookie });
    expect(opened.statusCode).toBe(200);
  });

  it('refuses another member’s upload in an edit, leaving the message and both files as they were', async () => {
    const { amra, bruno, roomId, file, messageId } = await pictureAlone();
    const brunos = await upload(bruno.cookie);
    const refused = await edit(amra.cookie, roomId, messageId, {
      body: 'Mine now?',
      attachmentIds: [file.id, brunos.id],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      'Some of these files are not your uploads, have expired or belong to another post. Attach them again.',
    );
    const [row] = await storedBy(amra.id);
    expect(row).toMatchObject({ id: messageId, body: '', editedAt: null });
    const notEdited = await edit(bruno.cookie, roomId, messageId, {
      body: 'Hijack',
      attachmentIds: [],
    });
    expect(notEdited.statusCode).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: file.url, cookie: bruno.cookie })).statusCode,
    ).toBe(200);
  });
});

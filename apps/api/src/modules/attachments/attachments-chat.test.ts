import { randomUUID } from 'node:crypto';
import type { Attachment } from '@praxis/contracts/attachments';
import { attachments } from '@praxis/db/schema/attachments';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatTestApp, type Member } from '../../testing/chat-rest.ts';

const kit = chatTestApp();
const { signedIn, cohortWithRoom, messagesIn, changeMessage } = kit;
let picture: Buffer;

beforeAll(async () => {
  picture = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2d6a4f' } })
    .png()
    .toBuffer();
});

async function uploadPicture(cookie: string): Promise<Attachment> {
  const response = await kit.t.request({
    method: 'POST',
    url: '/api/attachments?name=whiteboard.png',
    cookie,
    payload: picture,
    headers: { 'content-type': 'image/png' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Attachment;
}

function sendWith(author: Member, roomId: string, attachmentIds: string[]) {
  const { id, handle, name, role } = author;
  return kit.chat.send(
    { id, handle, name, role, avatar: null },
    { roomId, clientId: `files-${randomUUID()}`, body: 'The board.', attachmentIds },
  );
}

const fetchFile = (cookie: string, url: string) => kit.t.request({ method: 'GET', url, cookie });

describe('attachments in chat messages', () => {
  it('carries a picture sent with a message to the room, in history and the sent message; an outsider gets 404 for it', async () => {
    const amra = await signedIn();
    const { viewer, room } = await cohortWithRoom([amra]);
    const file = await uploadPicture(amra.cookie);
    const sent = await sendWith(amra, room.id, [file.id]);
    expect(sent.attachments.map((each) => each.id)).toEqual([file.id]);

    const [shown] = await messagesIn(viewer.cookie, room.id);
    expect(shown?.attachments).toMatchObject([{ id: file.id, kind: 'image' }]);
    expect((await fetchFile(viewer.cookie, file.url)).statusCode).toBe(200);

    const outsider = await signedIn();
    for (const url of [file.url, file.thumbnailUrl ?? '']) {
      const response = await fetchFile(outsider.cookie, url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toMatch(/^This file is not available/);
    }
  });

  it('takes a deleted message’s files with it: 404 for everyone, the author too, and the row is gone', async () => {
    const amra = await signedIn();
    const { viewer, room } = await cohortWithRoom([amra]);
    const file = await uploadPicture(amra.cookie);
    const sent = await sendWith(amra, room.id, [file.id]);
    const deleted = await changeMessage(amra.cookie, sent);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json().attachments).toEqual([]);

    for (const cookie of [viewer.cookie, amra.cookie]) {
      expect((await fetchFile(cookie, file.url)).statusCode).toBe(404);
    }
    const rows = await kit.t.database.db
      .select({ id: attachments.id })
      .from(attachments)
      .where(eq(attachments.id, file.id));
    expect(rows).toEqual([]);
  });

  it('refuses someone else’s upload with a clear message, and writes no message nor attachment', async () => {
    const [amra, bruno] = [await signedIn(), await signedIn()];
    const { viewer, room } = await cohortWithRoom([amra, bruno]);
    const brunos = await uploadPicture(bruno.cookie);
    // The socket answers this as an error frame with the field's message, as REST answers 400.
    await expect(sendWith(amra, room.id, [brunos.id])).rejects.toMatchObject({
      code: 'invalid',
      statusCode: 400,
      options: { fields: { attachmentIds: expect.any(String) } },
    });
    expect(await messagesIn(viewer.cookie, room.id)).toEqual([]);
    const [row] = await kit.t.database.db
      .select({ ownerId: attachments.ownerId })
      .from(attachments)
      .where(eq(attachments.id, brunos.id));
    expect(row?.ownerId).toBeNull();
    // Still Bruno's own upload, which he may send himself.
    const his = await sendWith(bruno, room.id, [brunos.id]);
    expect(his.attachments.map((each) => each.id)).toEqual([brunos.id]);
  });
});

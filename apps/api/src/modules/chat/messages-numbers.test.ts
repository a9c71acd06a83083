import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chatTestApp } from '../../testing/chat-rest.ts';
import { insertMessage, markRead } from './messages.repository.ts';

// A new message takes the room's next numbers and moves its author's read marker in one
// statement, while the room's row is locked for the rest of the send.
const kit = chatTestApp();

describe('storing a new message', () => {
  it("takes the room's next numbers, says whether it moved its author's read marker, stores nothing in a room that is gone, and fails on anything else", async () => {
    const writer = await kit.signedIn();
    const { room } = await kit.cohortWithRoom([writer]);
    const { db } = kit.t.app;
    const message = (clientId: string, roomId = room.id) => ({
      roomId,
      authorId: writer.id,
      clientId,
      body: 'Who ran a pilot with a procurement sandbox?',
      html: '<p>Who ran a pilot with a procurement sandbox?</p>',
      language: 'en' as const,
    });

    const first = await db.transaction((tx) => insertMessage(tx, message('first-send')));
    expect(first).toMatchObject({ roomId: room.id, seq: 1, change: 1, markedRead: false });
    expect(await markRead(db, room.id, writer.id, 1)).toEqual({ readSeq: 1, moved: true });
    const second = await db.transaction((tx) => insertMessage(tx, message('second-send')));
    expect(second).toMatchObject({ seq: 2, change: 2, markedRead: true });
    // The marker is at the second message already: nothing moves it.
    expect(await markRead(db, room.id, writer.id, 2)).toEqual({ readSeq: 2, moved: false });

    // Told apart from a failure, as the send does, which then refuses and rolls back.
    const gone = db.transaction(async (tx) => {
      if (!(await insertMessage(tx, message('gone', randomUUID())))) throw new Error('room gone');
    });
    await expect(gone).rejects.toThrow(/^room gone$/);
    // Any other refusal is a failure, not a room that went: an author who is not there.
    const noAuthor = db.transaction((tx) =>
      insertMessage(tx, { ...message('no-author'), authorId: randomUUID() }),
    );
    await expect(noAuthor).rejects.toMatchObject({ cause: { code: '23503' } });
  });
});

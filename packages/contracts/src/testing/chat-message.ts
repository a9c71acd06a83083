import type { Message } from '../chat.ts';

/** A chat message for tests: number `seq` of one room, by Amra, with `fields` instead. */
export function chatMessage(seq: number, fields: Partial<Message> = {}): Message {
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    roomId: '00000000-0000-4000-8000-000000000001',
    seq,
    change: seq,
    author: {
      id: '00000000-0000-4000-8000-0000000000aa',
      handle: 'amra',
      name: 'Amra',
      role: 'member',
      avatar: null,
    },
    body: `message ${seq}`,
    html: `<p>message ${seq}</p>`,
    language: 'en',
    clientId: `client-${seq}`,
    createdAt: '2027-01-01T10:00:00.000Z',
    editedAt: null,
    deletedAt: null,
    reactions: [],
    attachments: [],
    ...fields,
  };
}

import { describe, expect, it } from 'vitest';
import { Connection, type ConnectionHost, type FrameSocket } from './connection.ts';
import { SharedFrame } from './shared-frame.ts';

// A socket that records what reaches the wire: frames written while it is corked leave together
// when it is uncorked.
function corkableSocket() {
  const writes: string[][] = [];
  let held: string[] | null = null;
  let corks = 0;
  const socket: FrameSocket = {
    bufferedAmount: 0,
    send(text) {
      if (held) held.push(text);
      else writes.push([text]);
    },
    close: () => {},
    cork() {
      corks += 1;
      held ??= [];
    },
    uncork() {
      corks -= 1;
      if (corks === 0 && held) {
        writes.push(held);
        held = null;
      }
    },
  };
  return { socket, writes };
}

const member = { id: '00000000-0000-4000-8000-000000000001' } as Connection['member'];
const host = {} as ConnectionHost;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('a connection writing many frames', () => {
  it('sends the frames of one turn in one write, in order', async () => {
    const { socket, writes } = corkableSocket();
    const connection = new Connection(member, 'token', socket, host);
    for (const n of [1, 2, 3]) connection.writeText(`frame ${n}`);
    expect(writes).toEqual([]);
    await nextTurn();
    connection.writeText('later');
    await nextTurn();
    expect(writes).toEqual([['frame 1', 'frame 2', 'frame 3'], ['later']]);
  });

  it('lets a long burst out in several writes rather than holding it all', async () => {
    const { socket, writes } = corkableSocket();
    const connection = new Connection(member, 'token', socket, host);
    const big = 'x'.repeat(20_000);
    for (let n = 0; n < 10; n += 1) connection.writeText(big);
    await nextTurn();
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.flat()).toHaveLength(10);
    expect(Math.max(...writes.map((write) => write.length))).toBeLessThan(10);
  });
});

describe('a frame shared by many sockets', () => {
  it('goes as the same UTF-8 bytes, encoded once, to sockets that take bytes, and as text to the others', () => {
    const received: (string | Buffer)[] = [];
    const bytesSocket: FrameSocket = {
      bufferedAmount: 0,
      send: (text) => received.push(text),
      sendBytes: (bytes) => received.push(bytes),
      close: () => {},
    };
    const textSocket: FrameSocket = {
      bufferedAmount: 0,
      send: (text) => received.push(text),
      close: () => {},
    };
    const frame = SharedFrame.of({ type: 'typing', roomId: 'r', memberId: 'm', name: 'Željka' });
    for (const socket of [bytesSocket, bytesSocket, textSocket]) {
      new Connection(member, 'token', socket, host).writeText(frame);
    }
    const [first, second, third] = received;
    expect(first).toBeInstanceOf(Buffer);
    expect(second).toBe(first);
    expect((first as Buffer).toString('utf8')).toBe(
      '{"type":"typing","roomId":"r","memberId":"m","name":"Željka"}',
    );
    expect(third).toBe('{"type":"typing","roomId":"r","memberId":"m","name":"Željka"}');
  });
});

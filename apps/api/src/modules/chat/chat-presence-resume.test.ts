import { PRESENCE_DIGEST_MAX, presenceDigest } from '@praxis/contracts/presence-digest';
import type { ServerFrame } from '@praxis/contracts/realtime';
import { describe, expect, it } from 'vitest';
import { type ChatSocket, openChatSocket, UpgradeRefused } from '../../testing/chat-client.ts';
import { socketTestApp } from '../../testing/chat-sockets.ts';

// A tab that reconnects says which online list it holds (its digest); the `hello` leaves the
// list out when the server's is the same, and brings it whole when it is not.
const kit = socketTestApp();
const { member, connect } = kit;

/** The online list a tab holds: its hello's, then every presence frame applied in turn. */
function heldList(socket: ChatSocket): Set<string> {
  const held = new Set<string>();
  for (const frame of socket.frames) {
    if (frame.type === 'hello') for (const id of frame.online ?? []) held.add(id);
    if (frame.type !== 'presence') continue;
    for (const change of frame.changes) {
      if (change.online) held.add(change.memberId);
      else held.delete(change.memberId);
    }
  }
  return held;
}

const helloOf = (socket: ChatSocket) =>
  socket.frames.find((frame): frame is Extract<ServerFrame, { type: 'hello' }> => {
    return frame.type === 'hello';
  });

/** Bob's socket once it knows Alice is online. */
async function bobSeeingAlice() {
  const alice = await member();
  const bob = await member();
  const aliceSocket = await connect(alice.cookie);
  const bobSocket = await connect(bob.cookie);
  if (!heldList(bobSocket).has(alice.id)) {
    await bobSocket.waitFor(
      (frame) =>
        frame.type === 'presence' &&
        frame.changes.some((change) => change.memberId === alice.id && change.online),
    );
  }
  return { alice, bob, aliceSocket, bobSocket };
}

describe('a tab reconnecting with the online list it holds', () => {
  it('gets a hello without the list when the list has not changed', async () => {
    const { alice, bob, aliceSocket, bobSocket } = await bobSeeingAlice();
    const held = heldList(bobSocket);
    expect([...held].sort()).toEqual([alice.id, bob.id].sort());
    bobSocket.close();
    await bobSocket.closed;

    const again = await connect(bob.cookie, presenceDigest(held));
    const hello = helloOf(again);
    expect(hello).toBeDefined();
    expect(hello && 'online' in hello).toBe(false);
    expect(hello?.memberId).toBe(bob.id);
    for (const socket of [again, aliceSocket]) socket.close();
    await Promise.all([again.closed, aliceSocket.closed]);
  });

  it('gets the whole list when someone came online since, or its digest is no digest', async () => {
    const { bob, aliceSocket, bobSocket } = await bobSeeingAlice();
    const before = presenceDigest(heldList(bobSocket));
    bobSocket.close();
    await bobSocket.closed;
    const carol = await member();
    const carolSocket = await connect(carol.cookie);
    // Carol's arrival is stored before it is announced: once Alice hears it, every hello has it.
    await aliceSocket.waitFor(
      (frame) =>
        frame.type === 'presence' &&
        frame.changes.some((change) => change.memberId === carol.id && change.online),
    );

    const again = await connect(bob.cookie, before);
    expect(helloOf(again)?.online).toContain(carol.id);
    const garbled = await connect(bob.cookie, 'not a digest');
    expect(helloOf(garbled)?.online).toContain(carol.id);
    const sockets = [again, garbled, aliceSocket, carolSocket];
    for (const socket of sockets) socket.close();
    await Promise.all(sockets.map((socket) => socket.closed));
  });

  it('is refused before the upgrade when its digest is longer than any digest', async () => {
    const bob = await member();
    const refused = await openChatSocket(kit.baseUrl, bob.cookie, {
      origin: kit.t.config.publicOrigin,
      onlineDigest: '0'.repeat(PRESENCE_DIGEST_MAX + 1),
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UpgradeRefused);
    expect((refused as UpgradeRefused).statusCode).toBe(400);
  });
});

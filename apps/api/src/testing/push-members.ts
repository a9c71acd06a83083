import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { createChatService } from '../modules/chat/chat.service.ts';
import { socketTestApp } from './chat-sockets.ts';
import { browserKeys, startPushService } from './push-service.ts';

const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

/**
 * A listening test app with a local push service, and the steps push test files take: members
 * subscribe their browsers, say things in chat and run the jobs that push. Registers the file's
 * beforeAll and afterAll; call it at the top level.
 */
export function pushTestApp() {
  // The local push service listens on this machine, which only a test may let the server reach.
  const app = socketTestApp({ PUSH_LOOPBACK_ENDPOINTS: 'on' });
  let service: Awaited<ReturnType<typeof startPushService>>;
  beforeAll(async () => {
    service = await startPushService();
  });
  afterAll(() => service.close());

  type Signed = Awaited<ReturnType<typeof app.member>>;

  /** Posts a browser's subscription as the web app does; the endpoint is a new one unless given. */
  function postSubscription(who: { cookie: string }, path: string, keys = browserKeys()) {
    return app.t.request({
      method: 'POST',
      url: '/api/push/subscriptions',
      cookie: who.cookie,
      headers: { 'user-agent': ANDROID_CHROME },
      payload: {
        endpoint: `${service.origin}${path}`,
        keys: { p256dh: keys.p256dh, auth: keys.auth },
      },
    });
  }

  /** Subscribes the member's browser to the local push service. */
  async function subscribe(who: { cookie: string }) {
    const keys = browserKeys();
    const path = `/push/${randomUUID()}`;
    const response = await postSubscription(who, path, keys);
    expect(response.statusCode, response.body).toBe(200);
    return { ...keys, path, devices: response.json().devices as { id: string; label: string }[] };
  }

  /** Runs every job due, including those the jobs queue, as the runner would. */
  async function runJobs() {
    while ((await app.t.app.jobs.runDue()) > 0);
  }

  function say(author: Signed, roomId: string, body: string) {
    const { id, handle, name, role } = author;
    return createChatService(app.t.app.db).send(
      { id, handle, name, role, avatar: null },
      { roomId, clientId: `push-${randomUUID()}`, body },
    );
  }

  async function directRoom(from: Signed, to: Signed): Promise<string> {
    const response = await app.t.request({
      method: 'POST',
      url: '/api/rooms/direct',
      cookie: from.cookie,
      payload: { memberIds: [to.id] },
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json().id;
  }

  return {
    get t() {
      return app.t;
    },
    member: app.member,
    connect: app.connect,
    roomsOf: app.roomsOf,
    networkRoomId: app.networkRoomId,
    /** The local push service: what it received, and how it answers. */
    get service() {
      return service;
    },
    postSubscription,
    subscribe,
    runJobs,
    say,
    directRoom,
  };
}

import { jobs } from '@praxis/db/schema/jobs';
import { pushSubscriptions } from '@praxis/db/schema/push';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hasFocusedTab } from '../../realtime/presence.repository.ts';
import { pushTestApp } from '../../testing/push-members.ts';
import {
  browserKeys,
  decryptPush,
  type PushRequest,
  vapidClaims,
} from '../../testing/push-service.ts';
import { endpointAllowed } from './push.service.ts';

const app = pushTestApp();
const { member, connect, networkRoomId, subscribe, runJobs, say, directRoom } = app;

describe('push subscriptions', () => {
  it('gives the same VAPID public key every time, and only to members', async () => {
    const ana = await member();
    const first = await app.t.request({ method: 'GET', url: '/api/push/key', cookie: ana.cookie });
    const second = await app.t.request({ method: 'GET', url: '/api/push/key', cookie: ana.cookie });
    expect(first.json().publicKey).toMatch(/^[\w-]{87}$/);
    expect(second.json()).toEqual(first.json());
    expect((await app.t.request({ method: 'GET', url: '/api/push/key' })).statusCode).toBe(401);
  });

  it("lists the member's devices with this one marked, and removes only their own", async () => {
    const ana = await member();
    const ben = await member();
    const { devices } = await subscribe(ana);
    expect(devices).toMatchObject([{ label: 'Chrome · Android', thisDevice: true }]);
    const id = devices[0]?.id ?? '';

    const bensList = await app.t.request({
      method: 'GET',
      url: '/api/push/subscriptions',
      cookie: ben.cookie,
    });
    expect(bensList.json()).toEqual({ devices: [] });
    const bensTry = await app.t.request({
      method: 'DELETE',
      url: `/api/push/subscriptions/${id}`,
      cookie: ben.cookie,
    });
    expect(bensTry.statusCode).toBe(404);
    expect(bensTry.json().error.message).toBe(
      'This device is not among yours; it may have been removed already.',
    );

    const removed = await app.t.request({
      method: 'DELETE',
      url: `/api/push/subscriptions/${id}`,
      cookie: ana.cookie,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toEqual({ devices: [] });
  });

  it("keeps a member's ten newest devices: an eleventh takes the place of the oldest", async () => {
    const ana = await member();
    const paths: string[] = [];
    for (let device = 0; device < 11; device += 1) paths.push((await subscribe(ana)).path);
    const rows = await app.t.database.db
      .select({ endpoint: pushSubscriptions.endpoint })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.memberId, ana.id));
    expect(rows.map((row) => row.endpoint).sort()).toEqual(
      paths
        .slice(1)
        .map((path) => `${app.service.origin}${path}`)
        .sort(),
    );
  });

  it.each([
    ['an ftp endpoint', 'ftp://push.example.org/x', 'validation'],
    ['plain http to another machine', 'http://push.example.org/x', 'refused'],
    ['http to a private address', 'http://10.0.0.7/x', 'refused'],
  ])('returns 400 for %s and stores nothing', async (_, endpoint, why) => {
    const ana = await member();
    const keys = browserKeys();
    const response = await app.t.request({
      method: 'POST',
      url: '/api/push/subscriptions',
      cookie: ana.cookie,
      payload: { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      why === 'refused'
        ? 'Praxis sends push notifications only to a push service on the internet, over https; this address is not one.'
        : "The endpoint must be the URL your browser's push service gave (https://…).",
    );
    const rows = await app.t.database.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.memberId, ana.id));
    expect(rows).toEqual([]);
  });

  it('returns 400 for keys that are not a browser subscription', async () => {
    const ana = await member();
    const response = await app.t.request({
      method: 'POST',
      url: '/api/push/subscriptions',
      cookie: ana.cookie,
      payload: { endpoint: `${app.service.origin}/push/x`, keys: { p256dh: 'short', auth: 'x' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      'keys.p256dh':
        "Send the subscription's keys as the browser gave them: p256dh and auth, in base64url.",
      'keys.auth':
        "Send the subscription's keys as the browser gave them: p256dh and auth, in base64url.",
    });
  });

  it('accepts in production only https endpoints on the public internet', () => {
    const production = {
      vapidKeys: null,
      subject: 'mailto:a@b.org',
      httpsOnly: true,
      loopbackEndpoints: false,
    };
    expect(endpointAllowed('https://fcm.googleapis.com/fcm/send/abc', production)).toBe(true);
    expect(endpointAllowed('https://142.250.185.74/send', production)).toBe(true);
    for (const endpoint of [
      'http://127.0.0.1:9000/x',
      'https://127.0.0.1/x',
      'https://localhost/x',
      'https://[::1]/x',
      'https://10.1.2.3/x',
      'https://169.254.169.254/latest',
      'https://push.internal/x',
      'https://user:secret@fcm.googleapis.com/x',
      'http://fcm.googleapis.com/x',
      'https://fcm.googleapis.com:8443/x',
      'https://[::127.0.0.1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://[2002:7f00:1::1]/x',
      'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x',
    ]) {
      expect(endpointAllowed(endpoint, production), endpoint).toBe(false);
    }
  });

  it('ends with the session: signing out, or out everywhere, removes the subscription', async () => {
    const ana = await member();
    await subscribe(ana);
    const out = await app.t.request({
      method: 'POST',
      url: '/api/auth/logout',
      cookie: ana.cookie,
    });
    expect(out.statusCode).toBeLessThan(300);
    const left = () =>
      app.t.database.db
        .select()
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.memberId, ana.id));
    expect(await left()).toEqual([]);

    const again = await app.t.signIn(ana.email, ana.password);
    await subscribe({ ...ana, cookie: again });
    expect(await left()).toHaveLength(1);
    const everywhere = await app.t.request({
      method: 'POST',
      url: '/api/auth/logout-everywhere',
      cookie: again,
      payload: {},
    });
    expect(everywhere.statusCode, everywhere.body).toBeLessThan(300);
    expect(await left()).toEqual([]);
  });
});

describe('pushing notifications', () => {
  it('sends a direct message to an away member as one VAPID-signed, encrypted request', async () => {
    const ana = await member({ name: 'Ana Kovač' });
    const ben = await member();
    const device = await subscribe(ben);
    const roomId = await directRoom(ana, ben);
    await say(ana, roomId, 'Can you share the procurement checklist?');
    await runJobs();

    const [request, ...more] = app.service.to(device.path);
    expect(more).toEqual([]);
    const sent = request as PushRequest;
    const { key, claims } = vapidClaims(sent);
    const published = await app.t.request({
      method: 'GET',
      url: '/api/push/key',
      cookie: ben.cookie,
    });
    expect(key).toBe(published.json().publicKey);
    expect(claims.aud).toBe(app.service.origin);
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(sent.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(sent.headers.ttl)).toBeGreaterThan(0);
    expect(decryptPush(sent, device)).toEqual({
      title: 'Ana Kovač sent you a message',
      body: 'Can you share the procurement checklist?',
      url: `${app.t.config.publicOrigin}/chat/${roomId}`,
      tag: `room:${roomId}`,
      memberId: ben.id,
      generic: 'Something new in Praxis',
    });
    const [row] = await app.t.database.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.memberId, ben.id));
    expect(row?.lastPushedAt).toBeInstanceOf(Date);
  });

  it('forgets a subscription the push service says is gone (410)', async () => {
    const ana = await member();
    const ben = await member();
    const device = await subscribe(ben);
    app.service.answer(device.path, 410);
    await say(ana, await directRoom(ana, ben), 'Still there?');
    await runJobs();
    expect(app.service.to(device.path)).toHaveLength(1);
    const rows = await app.t.database.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.memberId, ben.id));
    expect(rows).toEqual([]);
  });

  it('tries again later when the push service fails for now (503)', async () => {
    const ana = await member();
    const ben = await member();
    const device = await subscribe(ben);
    app.service.answer(device.path, 503);
    await say(ana, await directRoom(ana, ben), 'Busy?');
    await runJobs();
    expect(app.service.to(device.path)).toHaveLength(1);
    const [failed] = await app.t.database.db
      .select()
      .from(jobs)
      .where(eq(jobs.kind, 'push_send'))
      .then((rows) => rows.filter((job) => job.payload.subscriptionId === device.devices[0]?.id));
    expect(failed).toMatchObject({ attempts: 1, doneAt: null });
    expect(failed?.lastError).toContain('503');
  });

  it('pushes nothing while a Praxis tab of the member has the focus, and again once none has', async () => {
    const ana = await member();
    const ben = await member();
    const device = await subscribe(ben);
    const room = await networkRoomId(ana.cookie);
    const tab = await connect(ben.cookie);
    tab.send({ type: 'focus', focused: true });
    await expect.poll(() => hasFocusedTab(app.t.app.db, ben.id)).toBe(true);

    await say(ana, room, `@${ben.handle} are you coming on Thursday?`);
    await runJobs();
    const told = await app.t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: ben.cookie,
    });
    expect(told.json().notifications).toMatchObject([{ kind: 'chat_mention' }]);
    expect(app.service.to(device.path)).toEqual([]);

    tab.send({ type: 'focus', focused: false });
    await expect.poll(() => hasFocusedTab(app.t.app.db, ben.id)).toBe(false);
    await say(ana, room, `@${ben.handle} and on Friday?`);
    await runJobs();
    expect(app.service.to(device.path)).toHaveLength(1);
    expect(decryptPush(app.service.to(device.path)[0] as PushRequest, device)).toMatchObject({
      body: `@${ben.handle} and on Friday?`,
    });
    tab.close();
  });

  it('pushes nothing of a topic the member turned off for push', async () => {
    const ana = await member();
    const ben = await member();
    const device = await subscribe(ben);
    const off = await app.t.request({
      method: 'PATCH',
      url: '/api/email/preferences',
      cookie: ben.cookie,
      payload: { push: { mentions: false } },
    });
    expect(off.statusCode, off.body).toBe(200);
    await say(ana, await networkRoomId(ana.cookie), `@${ben.handle} the slides are up`);
    await runJobs();
    const planned = await app.t.database.db.select().from(jobs).where(eq(jobs.kind, 'push_send'));
    expect(planned.filter((job) => job.payload.subscriptionId === device.devices[0]?.id)).toEqual(
      [],
    );
    expect(app.service.to(device.path)).toEqual([]);
  });
});

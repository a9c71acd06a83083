import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { PushMessage } from '@praxis/contracts/push';
import type { Db } from '@praxis/db/client';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import webpush from 'web-push';
import { publicOnlyLookup } from '../../lib/public-address.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import type { PushConfig } from '../../push-config.ts';
import { hasFocusedTab } from '../../realtime/presence.repository.ts';
import { pushWanted } from '../email/preferences.service.ts';
import { pushTopicOf } from '../email/topics.ts';
import {
  notificationsByIds,
  visibleNotificationsByIds,
} from '../notifications/notifications.mail.ts';
import { PLAN_PUSH } from '../notifications/notifications.service.ts';
import * as repository from './push.repository.ts';
import { endpointAllowed, vapidKeys } from './push.service.ts';
import { pushMessageOf } from './push.templates.ts';

/** The job that sends one push message to one device. */
export const SEND_PUSH = 'push_send';

/**
 * A push is news for a short while: tried again soon after a failure, given up within the
 * quarter hour; the push service keeps what it took for a day (TTL) while the device is off.
 */
const RETRY_DELAYS_SECONDS = [15, 60, 300];
const TTL_SECONDS = 24 * 3600;
const REQUEST_TIMEOUT_MS = 10_000;

interface PushOptions {
  push: PushConfig;
  publicOrigin: string;
  /** Whether the runner polls; then each new notification also wakes it, so push is prompt. */
  promptly: boolean;
}

/**
 * PUSH_PLAN: for each new notification of a pushed kind whose member wants that topic pushed,
 * can still see what it is about and has no Praxis tab in focus, one SEND_PUSH per device, with
 * the message in their language.
 */
function planPush(app: FastifyInstance, { publicOrigin, promptly }: PushOptions) {
  return async (db: Db, job: Job) => {
    const ids = (job.payload.ids ?? '').split(',').filter(Boolean);
    const rows = (await notificationsByIds(db, ids)).filter(
      (row) => !row.readAt && pushTopicOf(row.kind) !== null,
    );
    const devices = await repository.ofMembers(
      db,
      rows.map((row) => row.memberId),
    );
    const accounts = new Map(
      (await repository.activeAccounts(db, [...devices.keys()])).map((member) => [
        member.id,
        member,
      ]),
    );
    for (const { id, memberId, kind } of rows) {
      const member = accounts.get(memberId);
      const topic = pushTopicOf(kind);
      const subscriptions = devices.get(memberId) ?? [];
      if (!member || !topic || subscriptions.length === 0) continue;
      // Left the room or cohort, or the thread was hidden, since: the bell no longer shows it.
      const [row] = await visibleNotificationsByIds(db, member, [id]);
      if (!row) continue;
      if (!(await pushWanted(db, member.id, topic))) continue;
      if (await hasFocusedTab(db, member.id)) continue;
      const locale = app.locales.forMember(member.locale);
      const message = await pushMessageOf(db, member, locale, row, publicOrigin);
      await enqueue(
        db,
        subscriptions.map((subscription) => ({
          kind: SEND_PUSH,
          key: `${SEND_PUSH}:${row.id}:${subscription.id}`,
          payload: { subscriptionId: subscription.id, notificationId: row.id, ...message },
        })),
      );
      // Asked during this run, the runner makes one more pass after it, which finds these.
      if (promptly) void app.jobs.kick();
    }
  };
}

/** The push service's answer; 404 and 410 mean the subscription is gone for good. */
interface PushResponse {
  status: number;
  body: string;
}

/**
 * Whether the notification is still news for the subscription's member: unread, and about what
 * they may still see. Checked again right before sending, as a retry may come minutes later.
 */
async function stillNews(db: Db, memberId: string, notificationId: string): Promise<boolean> {
  const [member] = await repository.activeAccounts(db, [memberId]);
  if (!member || !notificationId) return false;
  const [row] = await visibleNotificationsByIds(db, member, [notificationId]);
  return row !== undefined && row.readAt === null;
}

/**
 * SEND_PUSH: one VAPID-signed, encrypted (aes128gcm) request to the device's push service. A
 * gone subscription is forgotten; a refusal or an unreachable service is tried again later.
 */
function sendPush(app: FastifyInstance, { push }: PushOptions) {
  return async (db: Db, job: Job, now: Date) => {
    const subscription = await repository.byId(db, job.payload.subscriptionId ?? '');
    if (!subscription || !endpointAllowed(subscription.endpoint, push)) return;
    if (!(await stillNews(db, subscription.memberId, job.payload.notificationId ?? ''))) return;
    // A tab that took the focus since the push was planned shows it there.
    if (await hasFocusedTab(db, subscription.memberId)) return;
    // Queued by an older version, without whom it is for: not sent rather than shown to anyone.
    const parsed = PushMessage.safeParse(job.payload);
    if (!parsed.success) return;
    const message = parsed.data;
    const keys = await vapidKeys(db, push);
    const details = webpush.generateRequestDetails(
      {
        endpoint: subscription.endpoint,
        keys: { p256dh: subscription.p256dh, auth: subscription.auth },
      },
      JSON.stringify(message),
      {
        vapidDetails: { subject: push.subject, ...keys },
        TTL: TTL_SECONDS,
        urgency: 'high',
        contentEncoding: 'aes128gcm',
      },
    );
    const response = await post(details, !push.loopbackEndpoints);
    if (response.status === 404 || response.status === 410) {
      await repository.forget(db, subscription.id);
      return;
    }
    if (response.status < 200 || response.status > 299) {
      throw new Error(
        `the push service answered ${response.status}: ${response.body.slice(0, 200)}`,
      );
    }
    await repository.markPushed(db, subscription.id, now);
    app.log.debug({ subscriptionId: subscription.id }, 'pushed');
  };
}

function post(details: webpush.RequestDetails, publicOnly: boolean): Promise<PushResponse> {
  const url = new URL(details.endpoint);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: details.method,
        headers: details.headers,
        timeout: REQUEST_TIMEOUT_MS,
        ...(publicOnly ? { lookup: publicOnlyLookup } : {}),
      },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          if (body.length < 4096) body += chunk;
        });
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
        incoming.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('the push service did not answer')));
    outgoing.on('error', reject);
    outgoing.end(details.body ?? undefined);
  });
}

/** Web Push of notifications: planned by preference and focus, sent per device. */
export const pushJobs: FastifyPluginAsync<PushOptions> = async (app, options) => {
  app.jobs.register(PLAN_PUSH, planPush(app, options));
  app.jobs.register(SEND_PUSH, sendPush(app, options), {
    transaction: false,
    concurrency: 4,
    retryDelaysSeconds: RETRY_DELAYS_SECONDS,
  });
  if (options.promptly) {
    app.realtime.on('notification.created', () => {
      void app.jobs.kick();
    });
  }
};

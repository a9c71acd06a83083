import type { Db } from '@praxis/db/client';
import type { FastifyPluginAsync } from 'fastify';
import { enqueue } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import { notify } from '../notifications/notifications.service.ts';
import * as repository from './requests.repository.ts';

export const ADVICE_REMINDER = 'advice_request_reminder';
export const ADVICE_EXPIRY = 'advice_request_expiry';
/** How long before a pending request expires its adviser is reminded, once. */
export const REMIND_BEFORE_EXPIRY_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * Plans, inside the caller's transaction, the reminder and the expiry of pending requests. The
 * keys name the request and its deadline, so planning again (at start-up) queues nothing twice.
 */
export async function planRequestDeadlines(
  db: Db,
  threadId: string,
  memberIds: string[],
  expiresAt: Date,
): Promise<void> {
  const at = expiresAt.toISOString();
  await enqueue(
    db,
    memberIds.flatMap((memberId) => {
      const payload = { threadId, memberId, expiresAt: at };
      return [
        {
          kind: ADVICE_REMINDER,
          key: `${ADVICE_REMINDER}:${threadId}:${memberId}:${at}`,
          payload,
          runAt: new Date(expiresAt.getTime() - REMIND_BEFORE_EXPIRY_MS),
        },
        {
          kind: ADVICE_EXPIRY,
          key: `${ADVICE_EXPIRY}:${threadId}:${memberId}:${at}`,
          payload,
          runAt: expiresAt,
        },
      ];
    }),
  );
}

function payloadOf(job: Job) {
  const { threadId, memberId, expiresAt } = job.payload;
  if (!threadId || !memberId || !expiresAt) throw new Error(`${job.kind} without its payload`);
  return { threadId, memberId, expiresAt };
}

/** Tells the adviser, once, that a request still waiting for their answer expires soon. */
export async function remindAdviser(db: Db, job: Job, now: Date): Promise<void> {
  const { threadId, memberId, expiresAt } = payloadOf(job);
  const request = await repository.findRequest(db, threadId, memberId);
  const due =
    request?.state === 'pending' &&
    request.remindedAt === null &&
    request.expiresAt?.toISOString() === expiresAt &&
    now < request.expiresAt;
  if (!due) return;
  // Answered since it was read: the move changes nothing, and nobody is told.
  const moved = await repository.moveRequest(db, { threadId, memberId }, ['pending'], {
    remindedAt: now,
  });
  if (!moved) return;
  // No actor: the asker of an anonymous question stays unnamed to the adviser.
  await notify(db, [{ memberId, kind: 'advice_reminder', actorId: null, threadId }]);
}

/** A request nobody answered by its deadline expires; the asker hears of it. */
export async function expireRequest(db: Db, job: Job, now: Date): Promise<void> {
  const { threadId, memberId, expiresAt } = payloadOf(job);
  const request = await repository.findRequest(db, threadId, memberId);
  const due =
    request?.state === 'pending' &&
    request.expiresAt?.toISOString() === expiresAt &&
    now >= request.expiresAt;
  if (!due) return;
  const moved = await repository.moveRequest(db, { threadId, memberId }, ['pending'], {
    state: 'expired',
  });
  if (!moved) return;
  await notify(db, [
    { memberId: request.askedById, kind: 'advice_expired', actorId: memberId, threadId },
  ]);
}

/** Reminders and expiry of advice requests, on the job runner. */
export const adviceJobs: FastifyPluginAsync = async (app) => {
  app.jobs.register(ADVICE_REMINDER, remindAdviser);
  app.jobs.register(ADVICE_EXPIRY, expireRequest);
  // Requests that came in without going through asking (older ones, the demo seed, a restore).
  app.jobs.atStartup('plan the deadlines of pending advice requests', async (db) => {
    for (const request of await repository.pendingRequests(db)) {
      if (request.expiresAt) {
        await planRequestDeadlines(db, request.threadId, [request.memberId], request.expiresAt);
      }
    }
  });
};

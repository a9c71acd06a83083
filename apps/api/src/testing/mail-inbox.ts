import type { ThreadDetail } from '@praxis/contracts/threads';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import type { FastifyInstance } from 'fastify';
import { type ParsedMail, simpleParser } from 'mailparser';
import { expect } from 'vitest';
import { weekStart } from '../modules/email/mail-times.ts';
import type { startSmtpSink } from './smtp-sink.ts';
import type { TestApp } from './test-app.ts';

type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

/** What an SMTP sink received for one address, as it arrived. */
export function receivedBy(smtp: SmtpSink, address: string) {
  return smtp.received.filter((mail) =>
    mail.to.some((to) => to.toLowerCase() === address.toLowerCase()),
  );
}

/** What an SMTP sink received for one address, parsed as a mail client would. */
export async function mailsTo(smtp: SmtpSink, address: string): Promise<ParsedMail[]> {
  return Promise.all(receivedBy(smtp, address).map((mail) => simpleParser(mail.raw)));
}

/** A header as it was written (unfolded), or undefined. */
export function header(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((each) => each.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

/**
 * Runs every job due at `now`, and those they queue, until none is left: a notification's
 * planning, its mail, and the mail's sending over SMTP.
 */
export async function settle(app: FastifyInstance, now: Date = new Date()) {
  for (let pass = 0; pass < 20; pass += 1) {
    if ((await app.jobs.runDue({ now })) === 0) return;
  }
  throw new Error('jobs kept coming after 20 passes');
}

/** Past the default window of MAIL_BATCH_DELAY_SECONDS (600), when an instant mail is due. */
export const AFTER_WINDOW = 601;

/** `seconds` from now, on the clock the job runner is given. */
export const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000);

/**
 * The first Monday 07:00 in `timeZone` after now: when the weekly digest of what is posted now,
 * to a member made now, is first due (its week began after the member was made, and the seven
 * days before it hold now). The next week's Monday would not do on a Monday night: its seven days
 * begin after what was posted then.
 */
export function firstDigestDue(timeZone: string): Date {
  const now = new Date();
  const thisWeek = weekStart(now, timeZone);
  return thisWeek > now ? thisWeek : weekStart(new Date(now.getTime() + WEEK_MS), timeZone);
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** A new member, signed in. */
export async function signedInMember(
  t: TestApp,
  overrides: Parameters<typeof createMember>[1] = {},
) {
  const member = await createMember(t.database.db, overrides);
  return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

/** A discussion started through the API, network-wide or in a cohort. */
export async function newThread(
  t: TestApp,
  author: { cookie: string },
  title: string,
  cohortId: string | null = null,
) {
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: author.cookie,
    payload: { kind: 'discussion', title, body: 'What worked for you?', tags: [], cohortId },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

/** A reply through the API, then its notifications' planning, as the runner does after a commit. */
export async function postReply(
  t: TestApp,
  author: { cookie: string },
  threadId: string,
  body: string,
) {
  const response = await t.request({
    method: 'POST',
    url: `/api/threads/${threadId}/replies`,
    cookie: author.cookie,
    payload: { body },
  });
  expect(response.statusCode, response.body).toBe(201);
  await settle(t.app);
  return response.json() as { id: string };
}

import { ANONYMOUS_AUTHOR_ID } from '@praxis/contracts/common';
import type { NotificationPage } from '@praxis/contracts/notifications';
import { auditEntries } from '@praxis/db/schema/audit';
import { outboxEmails } from '@praxis/db/schema/outbox';
import { inArray, ne } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS_WORD, AUTHOR, buildAnonymityNetwork } from './anonymity-network.ts';
import { follow, socketTestApp } from './chat-sockets.ts';
import { AFTER_WINDOW, inSeconds, settle } from './mail-inbox.ts';
import { sweepGetOperations } from './openapi-sweep.ts';

// A member writes anonymously; other members, and an organiser, then read every GET operation
// of the OpenAPI document, what a socket heard while the author wrote, and every e-mail sent to
// someone else. The author's id, handle and name (their picture's address carries the id) may
// never stand beside an anonymous post, except in the organisers' audited look-up. A new route
// is swept the moment it is documented.

const sockets = socketTestApp();
let network: Awaited<ReturnType<typeof buildAnonymityNetwork>>;

beforeAll(async () => {
  const { t } = sockets;
  network = await buildAnonymityNetwork(t, async (cookie) => {
    const socket = await sockets.connect(cookie);
    return {
      socket,
      follow: async (topic) => {
        expect((await follow(socket, topic)).type).toBe('followed');
      },
    };
  });
  // The instant mails, then the daily summaries, then the weekly digests.
  await settle(t.app, inSeconds(AFTER_WINDOW));
  await settle(t.app, inSeconds(2 * 24 * 3600));
  await settle(t.app, inSeconds(8 * 24 * 3600));
}, 120_000);

/** What names the author, as it could appear in an answer, a frame or a mail. */
function authorNamedIn(text: string): string[] {
  const lower = text.toLowerCase();
  return [network.author.id, AUTHOR.handle, AUTHOR.name].filter((each) =>
    lower.includes(each.toLowerCase()),
  );
}

/** What ties a text to the anonymous posts: their word or their ids. */
function anonymousPostIn(text: string): string[] {
  const { story, question, authorReply, authorFollowUp } = network.ids;
  return [ANONYMOUS_WORD, story, question, authorReply, authorFollowUp].filter((each) =>
    text.toLowerCase().includes(each.toLowerCase()),
  );
}

function leaksIn(url: string, response: LightMyRequestResponse): string[] {
  const named = authorNamedIn(response.body);
  const posts = anonymousPostIn(response.body);
  return named.length > 0 && posts.length > 0
    ? [`${url}: ${response.statusCode} names ${named.join(', ')} beside ${posts.join(', ')}`]
    : [];
}

function sweepInput(cookies: string[]) {
  return {
    ids: [
      ...Object.values(network.ids),
      network.cohort.id,
      network.author.id,
      ...network.readers.map((reader) => reader.id),
    ],
    handles: [AUTHOR.handle, network.reader.handle],
    word: ANONYMOUS_WORD.toUpperCase(),
    cookies,
  };
}

describe('what others can learn of an anonymous author', () => {
  it('never names the author beside an anonymous post, on any GET operation, to another member', async () => {
    const cookies = network.readers.map((reader) => reader.cookie);
    const { asked, problems } = await sweepGetOperations(sockets.t, sweepInput(cookies), leaksIn);
    console.info(`anonymity sweep as a member: ${asked} requests`);
    expect(asked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  }, 600_000);

  it('names the author to an organiser only through the look-up, and audits every look', async () => {
    const { asked, problems } = await sweepGetOperations(
      sockets.t,
      sweepInput(network.organisers.map((organiser) => organiser.cookie)),
      leaksIn,
    );
    console.info(`anonymity sweep as an organiser: ${asked} requests`);
    expect(problems).toEqual([]);
    const { story, question, authorReply, authorFollowUp } = network.ids;
    const lookups = [
      `/api/threads/${story}/author`,
      `/api/threads/${question}/author`,
      `/api/threads/${story}/replies/${authorReply}/author`,
      `/api/threads/${question}/replies/${authorFollowUp}/author`,
    ];
    const [organiser] = network.organisers;
    for (const url of lookups) {
      const response = await sockets.t.request({ method: 'POST', url, cookie: organiser?.cookie });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().author.id).toBe(network.author.id);
    }
    const audited = await sockets.t.database.db
      .select({ action: auditEntries.action, actorId: auditEntries.actorId })
      .from(auditEntries)
      .where(inArray(auditEntries.action, ['thread.author_revealed', 'reply.author_revealed']));
    const byAction = (a: { action: string }, b: { action: string }) =>
      a.action.localeCompare(b.action);
    expect(audited.sort(byAction)).toEqual(
      lookups
        .map((url) => ({
          action: url.includes('/replies/') ? 'reply.author_revealed' : 'thread.author_revealed',
          actorId: organiser?.id,
        }))
        .sort(byAction),
    );
  }, 600_000);

  it('never names the author in a frame another member heard while they wrote', () => {
    const frames = JSON.stringify(network.socket.frames);
    expect(authorNamedIn(frames)).toEqual([]);
    const created = network.socket.frames.flatMap((frame) =>
      frame.type === 'live' && frame.event?.name === 'thread.reply_created' ? [frame.event] : [],
    );
    expect(created.map((event) => [event.replyId, event.authorId])).toContainEqual([
      network.ids.authorReply,
      ANONYMOUS_AUTHOR_ID,
    ]);
  });

  it('never names the author in an e-mail to anyone else', async () => {
    const mails = await sockets.t.database.db
      .select()
      .from(outboxEmails)
      .where(ne(outboxEmails.recipient, network.author.email));
    expect(mails.length).toBeGreaterThan(0);
    const leaks = mails.flatMap((mail) => {
      const named = authorNamedIn(`${mail.subject}\n${mail.bodyText}`);
      return named.length > 0
        ? [`to ${mail.recipient} "${mail.subject}": ${named.join(', ')}`]
        : [];
    });
    expect(leaks).toEqual([]);
  });

  it("shows the author in others' notifications as the post names them", async () => {
    const response = await sockets.t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: network.bystander.cookie,
    });
    const { notifications } = response.json() as NotificationPage;
    const mention = notifications.find(
      (each) => each.kind === 'mention' && each.replyId === network.ids.authorReply,
    );
    expect(mention?.actor).toEqual({
      id: ANONYMOUS_AUTHOR_ID,
      handle: '',
      name: '',
      role: 'member',
      avatar: null,
      anonymous: { cohort: { id: network.cohort.id, name: network.cohort.name } },
    });
  });

  it("never names the author in another member's export of their data, and marks the author's own posts anonymous in theirs", async () => {
    const { t } = sockets;
    const exportOf = async (cookie: string) => {
      const asked = await t.request({ method: 'POST', url: '/api/account/exports', cookie });
      expect(asked.statusCode, asked.body).toBeLessThan(300);
      const url = `/api/account/exports/${asked.json().id}/download`;
      // The job may be running in the background already (on PostgreSQL it is claimed as soon as
      // it is queued): wait for it rather than for the queue to be empty.
      let download = await t.request({ method: 'GET', url, cookie });
      for (let wait = 0; download.statusCode === 404 && wait < 100; wait += 1) {
        await settle(t.app);
        await new Promise((resolve) => setTimeout(resolve, 100));
        download = await t.request({ method: 'GET', url, cookie });
      }
      expect(download.statusCode).toBe(200);
      const zip = unzipSync(new Uint8Array(download.rawPayload));
      return Object.entries(zip).map(([path, bytes]) => [path, strFromU8(bytes)] as const);
    };
    for (const member of [network.reader, network.bystander]) {
      const leaks = (await exportOf(member.cookie)).flatMap(([path, text]) => {
        const named = authorNamedIn(text);
        return named.length > 0 ? [`${path}: ${named.join(', ')}`] : [];
      });
      expect(leaks).toEqual([]);
    }
    const own = new Map(await exportOf(network.author.cookie));
    const threads = [...own.entries()].find(([path]) => /threads\b.*\.json$/.test(path));
    expect(threads?.[1]).toContain(network.ids.story);
    expect(threads?.[1]).toMatch(/"anonymous": ?true/);
  });
});

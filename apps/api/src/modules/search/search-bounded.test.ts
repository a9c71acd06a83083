import type { EverythingResults, MessageHits, SearchPage } from '@praxis/contracts/search';
import { messages } from '@praxis/db/schema/chat';
import { threads } from '@praxis/db/schema/threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { RECENT_WINDOW } from '../../lib/search-ranking.ts';
import { chatTestApp, type Member, range } from '../../testing/chat-rest.ts';
import { CANDIDATES_PER_SOURCE, SIMILAR_PER_WORD } from '../threads/thread-search.service.ts';

// Search ranks only the latest matches of each source, looked for first among the newest posts.
// These fill the network with more recent matches of a common word than are ranked (or than are
// read first), and check that what must be found still is, in the right order, and that the cut
// never lets through what the reader may not see.

const kit = chatTestApp();
type SignedIn = Member & { cookie: string };
const MANY = CANDIDATES_PER_SOURCE + 50;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

let reader: SignedIn;
let author: SignedIn;

async function get<Page>(url: string, cookie = reader.cookie) {
  const response = await kit.t.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
}
const search = (q: string, cookie?: string) =>
  get<SearchPage>(`/api/search?q=${encodeURIComponent(q)}`, cookie);

/** `count` threads by the author, the newest `newest` minutes ago, one minute apart. */
async function insertThreads(
  count: number,
  newest: number,
  thread: (index: number) => { title: string; body: string; cohortId?: string },
) {
  await kit.t.database.db.insert(threads).values(
    range(0, count - 1).map((index) => {
      const { title, body, cohortId } = thread(index);
      return {
        kind: 'discussion' as const,
        title,
        authorId: author.id,
        cohortId: cohortId ?? null,
        bodySource: body,
        bodyHtml: `<p>${body}</p>`,
        lastActivityAt: minutesAgo(newest + index),
        createdAt: minutesAgo(newest + index),
      };
    }),
  );
}

beforeAll(async () => {
  reader = await kit.signedIn();
  author = await kit.signedIn();
});

describe('GET /api/search over more matches than it ranks', () => {
  it('still finds a rare word in an old thread behind more recent threads than a search reads first', async () => {
    await insertThreads(RECENT_WINDOW + 50, 10, (index) => ({
      title: `Caravel report ${index}`,
      body: 'The caravel sailed on time.',
    }));
    await insertThreads(1, 10_000, () => ({
      title: 'An old caravel story',
      body: 'The caravel carried a quetzalcoatl figurehead.',
    }));

    expect((await search('quetzalcoatl')).hits.map((hit) => hit.thread.title)).toEqual([
      'An old caravel story',
    ]);
    expect((await search('caravel quetzalcoatl')).hits.map((hit) => hit.thread.title)).toEqual([
      'An old caravel story',
    ]);
  });

  it('ranks a thread with the word in its title above recent threads with it in the body', async () => {
    await insertThreads(MANY, 5, (index) => ({
      title: `Weekly notes ${index}`,
      body: 'We talked about the lighthouse keepers again.',
    }));
    await insertThreads(1, 5 + Math.floor(CANDIDATES_PER_SOURCE / 2), () => ({
      title: 'Lighthouse keepers as service designers',
      body: 'A pilot with the coast guard.',
    }));

    const page = await search('lighthouse');
    expect(page.hits).toHaveLength(20);
    expect(page.hits[0]?.thread.title).toBe('Lighthouse keepers as service designers');
    expect(page.hits.slice(1).every((hit) => hit.thread.title.startsWith('Weekly notes'))).toBe(
      true,
    );
  });

  it('never shows another cohort’s threads, and finds older open ones behind many of them', async () => {
    const { cohort } = await kit.cohortWithRoom([author]);
    await insertThreads(MANY, 1, (index) => ({
      title: `Marmoset budget ${index}, cohort only`,
      body: 'Marmoset numbers inside.',
      cohortId: cohort.id,
    }));
    await insertThreads(2, 20_000, (index) => ({
      title: `Marmoset budget ${index}, for everyone`,
      body: 'Marmoset numbers outside.',
    }));

    const page = await search('marmoset');
    expect(page.hits.map((hit) => hit.thread.title).sort()).toEqual([
      'Marmoset budget 0, for everyone',
      'Marmoset budget 1, for everyone',
    ]);
  });
});

describe('GET /api/threads/similar over more threads sharing a word than it ranks', () => {
  it('suggests an old thread through a rare word of the title, and never a thread of another cohort', async () => {
    const { cohort } = await kit.cohortWithRoom([author]);
    await insertThreads(SIMILAR_PER_WORD + 50, 1, (index) => ({
      title: `Ferry timetable ${index}`,
      body: 'Ferry notes.',
    }));
    await insertThreads(SIMILAR_PER_WORD + 50, 1, (index) => ({
      title: `Axolotl ferry timetable ${index}, cohort only`,
      body: 'Axolotl notes.',
      cohortId: cohort.id,
    }));
    await insertThreads(1, 30_000, () => ({
      title: 'Axolotl ferry timetable crossings',
      body: 'An old one.',
    }));

    const suggested = await get<{ threads: { title: string }[] }>(
      `/api/threads/similar?title=${encodeURIComponent('Axolotl ferry timetable')}`,
    );
    const titles = suggested.threads.map((thread) => thread.title);
    expect(titles[0]).toBe('Axolotl ferry timetable crossings');
    expect(titles.length).toBeGreaterThan(1);
    // The rest share two of its words, and none is another cohort's.
    expect(titles.slice(1).every((title) => /^Ferry timetable \d+$/.test(title))).toBe(true);
  });
});

describe('GET /api/search/everything over more messages than it ranks', () => {
  it('never shows messages of a room the reader is not in, and finds older ones of their rooms', async () => {
    const [network] = await kit.roomsOf(reader.cookie);
    const shown = await kit.say(author, network?.id ?? '', 'The pangolin slides are up');
    const { room } = await kit.cohortWithRoom([author]);
    // Written after the network room's message, as if sent since: the latest matches of all.
    await kit.t.database.db.insert(messages).values(
      range(1, MANY).map((index) => ({
        roomId: room.id,
        seq: 1_000_000 + index,
        change: 1_000_000 + index,
        authorId: author.id,
        clientId: `pangolin-${index}`,
        body: `Pangolin figures, part ${index}`,
        html: `<p>Pangolin figures, part ${index}</p>`,
        createdAt: new Date(Date.now() + 60_000 + index),
      })),
    );

    const found = await get<EverythingResults>('/api/search/everything?q=pangolin');
    expect(found.messages.map((hit) => hit.messageId)).toEqual([shown.id]);
    const more = await get<MessageHits>('/api/search/messages?q=pangolin');
    expect(more.messages.map((hit) => hit.messageId)).toEqual([shown.id]);
  });
});

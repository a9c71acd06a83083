import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** An in-memory CacheStorage, with what the worker's session cache calls. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const entries = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, entries);
    return {
      put: async (request: Request, response: Response) => void entries.set(request.url, response),
      match: async (request: Request) => entries.get(request.url)?.clone(),
      keys: async () => [...entries.keys()].map((url) => new Request(url)),
      delete: async (request: Request) => entries.delete(request.url),
    };
  };
  return {
    stores,
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
}

const THREADS = 'https://praxis.example.org/api/threads';
const DAY = 24 * 3600 * 1000;
let storage: ReturnType<typeof fakeCaches>;

/** A fresh worker (the module keeps who is signed in) whose data cache names Ana. */
async function workerOfAna(answer: { sentAgo: number } = { sentAgo: 0 }) {
  vi.resetModules();
  storage = fakeCaches();
  vi.stubGlobal('caches', storage);
  const cache = await storage.open('data-ana');
  const sent = new Date(Date.now() - answer.sentAgo).toUTCString();
  await cache.put(new Request(THREADS), new Response('["kept"]', { headers: { date: sent } }));
  return import('./session-cache.ts');
}

/** Runs the work the worker does after answering, as the fetch event's waitUntil would. */
function laterWork() {
  const work: Promise<unknown>[] = [];
  return {
    later: (promise: Promise<unknown>) => void work.push(promise),
    done: () => Promise.all(work),
  };
}

const offline = () =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('offline'))),
  );
const answering = (status: number) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status })),
  );

beforeEach(() => offline());
afterEach(() => vi.unstubAllGlobals());

describe('the offline cache of API reads', () => {
  it('serves offline a read stored for the signed-in member', async () => {
    const { readThrough } = await workerOfAna({ sentAgo: DAY });
    const { later } = laterWork();
    expect(await (await readThrough(new Request(THREADS), false, later)).text()).toBe('["kept"]');
  });

  it('serves nothing offline that was stored more than seven days ago', async () => {
    const { readThrough } = await workerOfAna({ sentAgo: 8 * DAY });
    const { later } = laterWork();
    expect((await readThrough(new Request(THREADS), false, later)).type).toBe('error');
  });

  it.each([
    ['a read it keeps', true],
    ['a read it never keeps', false],
  ])('forgets the member and every data cache when %s answers 401', async (_, kept) => {
    const { readThrough, passThrough } = await workerOfAna();
    const { later, done } = laterWork();
    answering(401);
    const url = kept ? THREADS : 'https://praxis.example.org/api/search?q=x';
    const response = kept
      ? await readThrough(new Request(url), false, later)
      : await passThrough(new Request(url), later);
    expect(response.status).toBe(401);
    await done();
    expect([...storage.stores.keys()]).toEqual([]);
    offline();
    expect((await readThrough(new Request(THREADS), false, later)).type).toBe('error');
  });
});

describe('the answers a page came with', () => {
  const ORIGIN = 'https://praxis.example.org';
  const meOf = (id: string) => ({ member: { id } });

  it("keeps the offline reads among them for the member the page's own answer names", async () => {
    const { keepAnswers, readThrough } = await workerOfAna();
    const thread = `${ORIGIN}/api/threads/t1`;
    await keepAnswers(
      { '/api/auth/me': meOf('ana'), '/api/threads/t1': { id: 't1' }, '/api/search?q=x': [] },
      ORIGIN,
    );
    const { later } = laterWork();
    expect(await (await readThrough(new Request(thread), false, later)).json()).toEqual({
      id: 't1',
    });
    expect([...(storage.stores.get('data-ana')?.keys() ?? [])]).not.toContain(
      `${ORIGIN}/api/search?q=x`,
    );
  });

  it('keeps nothing when the page speaks for another member than the one kept', async () => {
    const { keepAnswers } = await workerOfAna();
    await keepAnswers({ '/api/auth/me': meOf('bob'), '/api/threads/t1': { id: 't1' } }, ORIGIN);
    await keepAnswers({ '/api/threads/t2': { id: 't2' } }, ORIGIN);
    expect([...(storage.stores.get('data-ana')?.keys() ?? [])]).toEqual([THREADS]);
  });
});

import { describe, expect, it } from 'vitest';
import { createPageCache, renderedPage } from './public-cache.service.ts';

// The public pages' memory: bounded, short-lived, and never trusted without asking whether the
// items a page shows are still public.

const built =
  (body: string, slugs: string[] = [], status = 200) =>
  async () => ({
    page: renderedPage(status, 'text/html', body),
    slugs,
  });

describe('the public page cache', () => {
  it('keeps a page while its items are public, and builds it again once one is not', async () => {
    const publicSlugs = new Set(['a', 'b']);
    const cache = createPageCache(async (slugs) => slugs.every((slug) => publicSlugs.has(slug)));
    expect((await cache.through('home', built('first', ['a', 'b']))).body).toBe('first');
    expect((await cache.through('home', built('second', ['a']))).body).toBe('first');
    publicSlugs.delete('b');
    expect((await cache.through('home', built('third', ['a']))).body).toBe('third');
  });

  it('keeps only the newest pages up to its size, and none past its lifetime', async () => {
    const cache = createPageCache(async () => true, { size: 2, ttlMs: 50 });
    await cache.through('one', built('1'));
    await cache.through('two', built('2'));
    await cache.through('three', built('3'));
    expect((await cache.through('one', built('1 again'))).body).toBe('1 again');
    expect((await cache.through('three', built('3 again'))).body).toBe('3');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await cache.through('three', built('3 later'))).body).toBe('3 later');
  });

  it('never keeps an error page, and forgets everything when cleared', async () => {
    const cache = createPageCache(async () => true);
    await cache.through('gone', built('withdrawn', [], 410));
    expect((await cache.through('gone', built('published'))).body).toBe('published');
    cache.clear();
    expect((await cache.through('gone', built('rebuilt'))).body).toBe('rebuilt');
  });

  it('sends the same ETag for the same page, and another for any change', () => {
    const etag = renderedPage(200, 'text/html', '<p>a</p>').etag;
    expect(renderedPage(200, 'text/html', '<p>a</p>').etag).toBe(etag);
    expect(renderedPage(200, 'text/html', '<p>b</p>').etag).not.toBe(etag);
  });
});

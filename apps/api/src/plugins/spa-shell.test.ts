import type { FirstLoad } from '@praxis/contracts/first-load';
import { describe, expect, it } from 'vitest';
import { fillPath, firstLoadOf, jsonInScript, matchPath, writeShell } from './spa-shell.ts';

describe('matchPath', () => {
  it('matches literal segments and takes one segment per parameter', () => {
    expect(matchPath('/threads/:id', '/threads/abc-123')).toEqual({ id: 'abc-123' });
    expect(matchPath('/threads/new', '/threads/new')).toEqual({});
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/threads/:id', '/threads')).toBeNull();
    expect(matchPath('/threads/:id', '/threads/abc/replies')).toBeNull();
    expect(matchPath('/threads', '/meetups')).toBeNull();
  });

  it('lets an optional parameter be absent', () => {
    expect(matchPath('/chat/:roomId?', '/chat')).toEqual({});
    expect(matchPath('/chat/:roomId?', '/chat/r1')).toEqual({ roomId: 'r1' });
  });

  it('refuses a parameter holding anything but letters, digits, - and _', () => {
    expect(matchPath('/threads/:id', '/threads/..%2Fadmin')).toBeNull();
    expect(matchPath('/members/:handle', '/members/a%20b')).toBeNull();
    expect(matchPath('/threads/:id', '/threads/a.b')).toBeNull();
  });
});

describe('fillPath', () => {
  it("fills a read's parameters from the address, and skips a read naming a missing one", () => {
    expect(fillPath('/api/threads/:id/replies?limit=50', { id: 't1' })).toBe(
      '/api/threads/t1/replies?limit=50',
    );
    expect(fillPath('/api/rooms/:roomId/messages', {})).toBeNull();
    expect(fillPath('/api/rooms', {})).toBe('/api/rooms');
  });
});

const firstLoad: FirstLoad = {
  locales: { en: ['assets/en-1.js'], fr: ['assets/fr-1.js'] },
  everyPageReads: ['/api/auth/me'],
  pages: [
    { path: '/threads/new', files: ['assets/new-1.js', 'assets/shared-1.js'], reads: [] },
    {
      path: '/threads/:id',
      files: ['assets/thread-1.js', 'assets/shared-1.js'],
      reads: ['/api/threads/:id'],
    },
    { path: '/chat/:roomId?', files: [], reads: ['/api/rooms', '/api/rooms/:roomId/messages'] },
  ],
};

describe('firstLoadOf', () => {
  it("names the language's catalog, the first matching page's files and its reads", () => {
    expect(firstLoadOf(firstLoad, '/threads/t1', 'fr')).toEqual({
      files: ['assets/fr-1.js', 'assets/thread-1.js', 'assets/shared-1.js'],
      reads: ['/api/auth/me', '/api/threads/t1'],
    });
    // Listed first, the literal address wins over the parameter.
    expect(firstLoadOf(firstLoad, '/threads/new', 'en').files).toContain('assets/new-1.js');
    expect(firstLoadOf(firstLoad, '/chat', 'en').reads).toEqual(['/api/auth/me', '/api/rooms']);
  });

  it('gives any other address the catalog and the reads of every page', () => {
    expect(firstLoadOf(firstLoad, '/settings/email', 'en')).toEqual({
      files: ['assets/en-1.js'],
      reads: ['/api/auth/me'],
    });
  });
});

describe('jsonInScript', () => {
  it('cannot close the script element, open a comment or be read as markup', () => {
    const json = jsonInScript({ name: '</script><script>alert(1)</script><!-- & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script><!-- & \u2028' });
  });
});

describe('writeShell', () => {
  const template = '<html lang="en"><head><title>Praxis</title></head><body></body></html>';

  it('names the language, announces scripts as modules and stylesheets as styles', () => {
    const html = writeShell(template, {
      locale: 'hr',
      files: ['assets/a-1.js', 'assets/b-1.css'],
      answers: {},
    });
    expect(html).toContain('<html lang="hr">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/a-1.js">');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/b-1.css">');
    expect(html).not.toContain('application/json');
  });

  it("keeps members' words with replacement patterns as they are", () => {
    const words = "costs $$ and $& then $` and $' end";
    const html = writeShell(template, {
      locale: 'en',
      files: [],
      answers: { '/api/threads/t1': { title: words } },
    });
    const data = html.match(/<script type="application\/json" id="praxis-answers">(.*)<\/script>/);
    expect(JSON.parse(data?.[1] ?? 'null')).toEqual({ '/api/threads/t1': { title: words } });
    expect(html.match(/<\/head>/g)).toHaveLength(1);
  });

  it('carries the answers in a data element that no script runs', () => {
    const html = writeShell(template, {
      locale: 'en',
      files: [],
      answers: { '/api/auth/me': { member: null } },
    });
    const data = html.match(/<script type="application\/json" id="praxis-answers">(.*)<\/script>/);
    expect(JSON.parse(data?.[1] ?? 'null')).toEqual({ '/api/auth/me': { member: null } });
  });
});

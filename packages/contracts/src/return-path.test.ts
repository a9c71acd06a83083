import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './return-path.ts';

const origin = 'https://praxis.example.org';

describe('sameOriginPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(sameOriginPath('/threads/42?tab=replies#reply-7', origin)).toBe(
      '/threads/42?tab=replies#reply-7',
    );
    expect(sameOriginPath('/', origin)).toBe('/');
  });

  it.each([
    ['a protocol-relative address', '//evil.example/'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a backslash after the first slash', '/\\/evil.example/'],
    ['a dot segment before a double slash', '/.//evil.example'],
    ['a parent segment before a double slash', '/..//evil.example'],
    ['a segment undone before a double slash', '/a/..//evil.example'],
    ['a dot segment before a backslash', '/./\\evil.example'],
    ['a full URL of another site', 'https://evil.example/'],
    ['a full URL of this site', 'https://praxis.example.org/threads'],
    ['a script URL', 'javascript:alert(1)'],
    ['a relative path', 'threads/42'],
    ['nothing', undefined],
    ['an object', { pathname: '/threads' }],
  ])('sends %s home', (_what, wanted) => {
    expect(sameOriginPath(wanted, origin)).toBe('/');
  });

  it('sends home a path that a tab or newline would turn into another host', () => {
    expect(sameOriginPath('/\t/evil.example/', origin)).toBe('/');
  });
});

import { describe, expect, it } from 'vitest';
import { filtersFrom, libraryHref, narrowed, paramsFrom } from './library-search-params.ts';

describe('the library’s address', () => {
  it('reads the search, filters and order it holds, and leaves out what is not one of them', () => {
    const params = new URLSearchParams(
      'q=%20baseline%20&tag=evaluation&stage=pilot&language=fr&sort=useful&programme=p1',
    );
    expect(filtersFrom(params)).toEqual({
      q: 'baseline',
      tag: 'evaluation',
      stage: 'pilot',
      language: 'fr',
      sort: 'useful',
      programme: 'p1',
    });
    expect(filtersFrom(new URLSearchParams('stage=finished&language=de&sort=oldest'))).toEqual({});
  });

  it('writes the most recent order as no order at all, so the plain library has one address', () => {
    expect(libraryHref({ sort: 'recent' })).toBe('/library');
    expect(paramsFrom({ tag: 'pilots', sort: 'useful' }).toString()).toBe('tag=pilots&sort=useful');
  });

  it('counts a search or a filter as narrowing, but not the order', () => {
    expect(narrowed({ sort: 'useful' })).toBe(false);
    expect(narrowed({ q: 'wall' })).toBe(true);
  });
});

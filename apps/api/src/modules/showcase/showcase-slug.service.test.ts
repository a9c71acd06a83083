import { describe, expect, it } from 'vitest';
import { newSlug, publicPath } from './showcase-slug.service.ts';

describe('newSlug', () => {
  it('keeps the words of the title in lower-case ASCII, accents folded, with a random suffix', () => {
    expect(newSlug('Građani i budžet: Šta je uspjelo?')).toMatch(
      /^gradani-i-budzet-sta-je-uspjelo-[a-z0-9]{8}$/,
    );
    expect(newSlug('Leçon « ouverte » — 2024')).toMatch(/^lecon-ouverte-2024-[a-z0-9]{8}$/);
  });

  it('never gives two items of one title the same address', () => {
    expect(newSlug('Same title')).not.toBe(newSlug('Same title'));
  });

  it('cuts a long title at 60 characters of words, and a title of no letters to the suffix', () => {
    const slug = newSlug(`${'word '.repeat(30)}end`);
    expect(slug.length).toBeLessThanOrEqual(60 + 9);
    expect(slug).not.toContain('--');
    expect(newSlug('—?!')).toMatch(/^[a-z0-9]{8}$/);
  });
});

describe('publicPath', () => {
  it('puts a lesson and a pilot under the showcase in their own language', () => {
    expect(publicPath({ kind: 'lesson', language: 'fr', slug: 'lecon-abc' })).toBe(
      '/showcase/fr/lessons/lecon-abc',
    );
    expect(publicPath({ kind: 'pilot', language: 'sr-Latn', slug: 'pilot-x' })).toBe(
      '/showcase/sr-Latn/pilots/pilot-x',
    );
  });
});

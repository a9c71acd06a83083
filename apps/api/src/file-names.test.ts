import { describe, expect, it } from 'vitest';
import { asciiFileName } from './file-names.ts';

describe('asciiFileName', () => {
  it('keeps letters and digits of any script it can spell in ASCII, and falls back otherwise', () => {
    expect(asciiFileName('Échange d’été 2027', 'meetup')).toBe('echange-d-ete-2027');
    expect(asciiFileName('Đurđevdan u Mostaru', 'meetup')).toBe('durdevdan-u-mostaru');
    expect(asciiFileName('Састанак', 'meetup')).toBe('meetup');
  });
});

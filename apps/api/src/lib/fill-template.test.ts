import { describe, expect, it } from 'vitest';
import { fill, fillCounted } from './fill-template.ts';

describe('fill', () => {
  it('puts each named value in and leaves a name without a value as it is', () => {
    expect(fill('{actor} replied in “{thread}”', { actor: 'Ana' })).toBe(
      'Ana replied in “{thread}”',
    );
  });
});

describe('fillCounted', () => {
  const messages = {
    one: '{count} nova poruka od {actor}',
    few: '{count} nove poruke od {actor}',
    other: '{count} novih poruka od {actor}',
  };

  it('picks the form the language uses for the number, then fills it', () => {
    const forms = [1, 3, 5, 21].map((count) =>
      fillCounted(messages, count, 'bs', { actor: 'Ane' }),
    );
    expect(forms).toEqual([
      '1 nova poruka od Ane',
      '3 nove poruke od Ane',
      '5 novih poruka od Ane',
      '21 nova poruka od Ane',
    ]);
  });

  it('falls back on `other` where the catalog gives no form for the category', () => {
    expect(fillCounted({ other: '{count} messages' }, 1, 'en')).toBe('1 messages');
  });
});

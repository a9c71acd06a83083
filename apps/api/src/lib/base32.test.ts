import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32, fromBase32 } from './base32.ts';

describe('base32', () => {
  it('writes RFC 4648 base32 in lower case, without padding', () => {
    expect(base32(Buffer.from('foobar'))).toBe('mzxw6ytboi');
  });

  it('reads back what it wrote, in either case', () => {
    for (const length of [1, 16, 17, 32]) {
      const bytes = randomBytes(length);
      expect(fromBase32(base32(bytes))).toEqual(bytes);
      expect(fromBase32(base32(bytes).toUpperCase())).toEqual(bytes);
    }
  });

  it.each(['mzxw6ytboj', 'mzxw6ytb0i', 'mzxw6ytb-i', 'mzxw6ytbo'])(
    'reads no bytes from %j, which it never writes',
    (text) => {
      expect(fromBase32(text)).toBeNull();
    },
  );
});

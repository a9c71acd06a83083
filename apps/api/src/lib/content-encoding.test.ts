import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeText, preferredEncoding } from './content-encoding.ts';

describe('preferredEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(preferredEncoding('gzip, br')).toBe('br');
    expect(preferredEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*, br;q=0')).toBe('gzip');
    expect(preferredEncoding(undefined)).toBeNull();
  });
});

describe('encodeText', () => {
  it('gives back the same text in each encoding, at either effort', () => {
    const text = 'Praxis '.repeat(1000);
    for (const effort of ['once', 'each'] as const) {
      expect(brotliDecompressSync(encodeText(text, 'br', effort)).toString()).toBe(text);
      expect(gunzipSync(encodeText(text, 'gzip', effort)).toString()).toBe(text);
      expect(encodeText(text, null, effort)).toBe(text);
    }
  });
});

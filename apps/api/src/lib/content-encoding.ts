import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** The best encoding the request accepts that Praxis has: brotli, else gzip, else none. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

/**
 * Text in the encoding asked for. `effort` is for text compressed once and sent many times
 * (`'once'`: the smallest), or for each answer (`'each'`: brotli at a quality that costs well under
 * a millisecond for a page).
 */
export function encodeText(
  text: string,
  encoding: Encoding | null,
  effort: 'once' | 'each',
): string | Buffer {
  if (encoding === 'br') {
    const quality = effort === 'once' ? constants.BROTLI_MAX_QUALITY : 5;
    return brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
  }
  if (encoding === 'gzip') return gzipSync(text, { level: effort === 'once' ? 9 : 6 });
  return text;
}

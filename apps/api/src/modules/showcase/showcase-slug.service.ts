import { randomBytes } from 'node:crypto';
import type { ItemRow } from './showcase.repository.ts';

// An item's public address: words of its title, never an id of the closed app.

const SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Enough words to read, short enough for a link shared by hand. */
const MAX_WORDS_CHARS = 60;

/**
 * Words of the title in lower-case ASCII (accents folded: "Ćevapi za sve" → "cevapi-za-sve"),
 * then a random suffix, so that two items of one title, or one published again, never share an
 * address and the address says nothing of when or by whom it was made.
 */
export function newSlug(title: string) {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_WORDS_CHARS)
    .replace(/-+$/g, '');
  const suffix = [...randomBytes(8)]
    .map((byte) => SUFFIX_ALPHABET[byte % SUFFIX_ALPHABET.length])
    .join('');
  return words ? `${words}-${suffix}` : suffix;
}

/** Where the public page of an item is, under the network's address, in its own language. */
export function publicPath(item: Pick<ItemRow, 'kind' | 'language' | 'slug'>) {
  return `/showcase/${item.language}/${item.kind === 'lesson' ? 'lessons' : 'pilots'}/${item.slug}`;
}

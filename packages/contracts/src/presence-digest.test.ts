import { describe, expect, it } from 'vitest';
import { PRESENCE_DIGEST_MAX, PresenceDigest, presenceDigest } from './presence-digest.ts';

const ids = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
];

describe('presenceDigest', () => {
  it('does not depend on the order of the ids', () => {
    expect(presenceDigest(ids)).toBe(presenceDigest([...ids].reverse()));
  });

  it('tells apart a set with one id fewer, and one with another id in its place', () => {
    expect(presenceDigest(ids)).not.toBe(presenceDigest(ids.slice(1)));
    const swapped = [...ids.slice(0, 2), '00000000-0000-4000-8000-000000000004'];
    expect(presenceDigest(ids)).not.toBe(presenceDigest(swapped));
  });

  it('gives with(id) the digest of the set with the id added, and leaves the first as it was', () => {
    const two = new PresenceDigest(ids.slice(0, 2));
    const before = two.toString();
    expect(two.with(ids[2] as string)).toBe(presenceDigest(ids));
    expect(two.toString()).toBe(before);
  });

  it('fits the query parameter the server accepts, for ten thousand ids', () => {
    const many = Array.from(
      { length: 10_000 },
      (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    );
    expect(presenceDigest(many).length).toBeLessThanOrEqual(PRESENCE_DIGEST_MAX);
  });
});

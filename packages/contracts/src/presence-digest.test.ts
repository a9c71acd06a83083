import { describe, expect, it } from 'vitest';
import { PresenceDigest, presenceDigest } from './presence-digest.ts';

const ids = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
];

describe('presenceDigest', () => {
  it('does not depend on the order of the ids', () => {
    expect(presenceDigest(ids)).toBe(presenceDigest([...ids].reverse()));
  });

  it('tells apart sets of the same size with other ids in them', () => {
    const swapped = [...ids.slice(0, 2), '00000000-0000-4000-8000-000000000004'];
    expect(presenceDigest(ids)).not.toBe(presenceDigest(swapped));
  });

  it('gives with(id) the digest of the set with the id added, and leaves the first as it was', () => {
    const two = new PresenceDigest(ids.slice(0, 2));
    const before = two.toString();
    expect(two.with(ids[2] as string)).toBe(presenceDigest(ids));
    expect(two.toString()).toBe(before);
  });
});

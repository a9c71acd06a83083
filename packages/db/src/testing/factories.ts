import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Db } from '../client.ts';
import { members } from '../schema/members.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

const hashes = new Map<string, Promise<string>>();

// Tests create many members with the same few passwords; hashing each once keeps them fast.
function hashOnce(password: string): Promise<string> {
  let pending = hashes.get(password);
  if (!pending) {
    pending = hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    hashes.set(password, pending);
  }
  return pending;
}

export interface MemberOverrides {
  email?: string;
  name?: string;
  role?: 'member' | 'organiser' | 'admin';
  password?: string;
  deactivated?: boolean;
}

export async function createMember(db: Db, overrides: MemberOverrides = {}) {
  const id = randomUUID();
  const [member] = await db
    .insert(members)
    .values({
      id,
      email: overrides.email ?? `member-${id.slice(0, 8)}@example.org`,
      name: overrides.name ?? `Member ${id.slice(0, 8)}`,
      role: overrides.role ?? 'member',
      passwordHash: await hashOnce(overrides.password ?? TEST_PASSWORD),
      deactivatedAt: overrides.deactivated ? new Date() : null,
    })
    .returning();
  if (!member) throw new Error('member insert returned no row');
  return { ...member, password: overrides.password ?? TEST_PASSWORD };
}

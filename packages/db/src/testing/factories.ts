import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Db } from '../client.ts';
import { cohortMemberships, cohorts, programmes } from '../schema/cohorts.ts';
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
  handle?: string;
  role?: 'member' | 'organiser' | 'admin';
  password?: string;
  deactivated?: boolean;
  /** Profile columns (headline, expertise, country, …) to set on the new member. */
  profile?: Partial<
    Omit<typeof members.$inferInsert, 'id' | 'email' | 'name' | 'role' | 'passwordHash'>
  >;
}

export async function createMember(db: Db, overrides: MemberOverrides = {}) {
  const id = randomUUID();
  const [member] = await db
    .insert(members)
    .values({
      id,
      email: overrides.email ?? `member-${id.slice(0, 8)}@example.org`,
      name: overrides.name ?? `Member ${id.slice(0, 8)}`,
      handle: overrides.handle ?? `member-${id.slice(0, 8)}`,
      role: overrides.role ?? 'member',
      passwordHash: await hashOnce(overrides.password ?? TEST_PASSWORD),
      deactivatedAt: overrides.deactivated ? new Date() : null,
      ...overrides.profile,
    })
    .returning();
  if (!member) throw new Error('member insert returned no row');
  return { ...member, password: overrides.password ?? TEST_PASSWORD };
}

export async function createProgramme(db: Db, name = `Programme ${randomUUID().slice(0, 8)}`) {
  const [programme] = await db.insert(programmes).values({ name }).returning();
  if (!programme) throw new Error('programme insert returned no row');
  return programme;
}

/** A cohort (in a new programme unless one is given), with the given members in it. */
export async function createCohort(
  db: Db,
  options: { programmeId?: string; name?: string; year?: number; memberIds?: string[] } = {},
) {
  const programmeId = options.programmeId ?? (await createProgramme(db)).id;
  const [cohort] = await db
    .insert(cohorts)
    .values({
      programmeId,
      name: options.name ?? `Cohort ${randomUUID().slice(0, 8)}`,
      year: options.year ?? 2024,
    })
    .returning();
  if (!cohort) throw new Error('cohort insert returned no row');
  if (options.memberIds?.length) {
    await db
      .insert(cohortMemberships)
      .values(options.memberIds.map((memberId) => ({ cohortId: cohort.id, memberId })));
  }
  return cohort;
}

import { count } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { cohortMemberships, cohorts, programmes } from '../schema/cohorts.ts';
import { members } from '../schema/members.ts';

export const DEMO_PASSWORD = 'praxis-demo';
export const DEMO_ADMIN_EMAIL = 'admin@praxis.example';
export const DEMO_ORGANISER_EMAILS = ['organiser1@praxis.example', 'organiser2@praxis.example'];

const FIRST_NAMES = [
  'Amra',
  'Jasmin',
  'Lejla',
  'Emir',
  'Selma',
  'Tarik',
  'Ajla',
  'Haris',
  'Mirela',
  'Dino',
  'Claire',
  'Julien',
  'Camille',
  'Thomas',
  'Manon',
  'Hugo',
  'Léa',
  'Nicolas',
  'Chloé',
  'Antoine',
  'Ana',
  'Marko',
  'Ivana',
  'Nikola',
  'Sara',
];
const LAST_NAMES = [
  'Hadžić',
  'Kovačević',
  'Begić',
  'Delić',
  'Mehmedović',
  'Petit',
  'Moreau',
  'Laurent',
  'Garnier',
  'Fontaine',
  'Rousseau',
  'Babić',
  'Jurić',
  'Marić',
  'Novak',
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ total: count() }).from(members);
  return Number(row?.total ?? 0) === 0;
}

/**
 * A small but lively demo network: an admin, two organisers and ~70 alumni across two
 * cohorts of two programmes. Every account shares one password, so the caller hashes it once.
 */
export async function seedDemo(db: Db, passwordHash: string) {
  await db.transaction(async (tx) => {
    const [transfo, bih] = await tx
      .insert(programmes)
      .values([
        {
          name: 'La Transfo',
          description:
            'A two-year programme embedding designers and innovators in regional governments.',
        },
        {
          name: 'Public Sector Innovation — Bosnia and Herzegovina',
          description: 'Training civil servants in service design and experimentation.',
        },
      ])
      .returning();
    if (!transfo || !bih) throw new Error('demo programmes were not created');
    const [transfo2023, bih2022] = await tx
      .insert(cohorts)
      .values([
        { programmeId: transfo.id, name: 'La Transfo 2023', year: 2023 },
        { programmeId: bih.id, name: 'Public Sector Innovation BiH 2022', year: 2022 },
      ])
      .returning();
    if (!transfo2023 || !bih2022) throw new Error('demo cohorts were not created');

    const accounts = [
      { email: DEMO_ADMIN_EMAIL, name: 'Ada Admin', role: 'admin' as const },
      {
        email: DEMO_ORGANISER_EMAILS[0] ?? '',
        name: 'Olivia Organiser',
        role: 'organiser' as const,
      },
      { email: DEMO_ORGANISER_EMAILS[1] ?? '', name: 'Omar Organiser', role: 'organiser' as const },
      ...Array.from({ length: 70 }, (_, index) => ({
        email: `member${index + 1}@praxis.example`,
        name: `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[(index * 7) % LAST_NAMES.length]}`,
        role: 'member' as const,
      })),
    ];
    const created = await tx
      .insert(members)
      .values(accounts.map((account) => ({ ...account, passwordHash })))
      .returning({ id: members.id, role: members.role });

    const memberships = created.flatMap((member, index) => {
      if (member.role !== 'member') {
        return [transfo2023, bih2022].map((cohort) => ({
          cohortId: cohort.id,
          memberId: member.id,
        }));
      }
      return [{ cohortId: index % 2 === 0 ? transfo2023.id : bih2022.id, memberId: member.id }];
    });
    await tx.insert(cohortMemberships).values(memberships);
  });
}

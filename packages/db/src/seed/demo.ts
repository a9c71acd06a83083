import { handleFromName } from '@praxis/contracts/profiles';
import { count } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { cohortMemberships, cohorts, programmes } from '../schema/cohorts.ts';
import { members } from '../schema/members.ts';
import { seedDemoAdvice } from './demo-advice.ts';
import { seedDemoCareers } from './demo-careers.ts';
import { seedDemoChat } from './demo-chat.ts';
import { seedDemoLessons } from './demo-lessons.ts';
import { seedDemoMeetups } from './demo-meetups.ts';
import { demoProfile } from './demo-people.ts';
import { seedDemoPilots } from './demo-pilots.ts';
import { loadDemoSources } from './demo-sources.ts';
import { type CookMarkdown, seedDemoThreads } from './demo-threads.ts';

export const DEMO_PASSWORD = 'praxis-demo';
export const DEMO_ADMIN_EMAIL = 'admin@praxis.example';
export const DEMO_ORGANISER_EMAILS = ['organiser1@praxis.example', 'organiser2@praxis.example'];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ total: count() }).from(members);
  return Number(row?.total ?? 0) === 0;
}

/**
 * A small but lively demo network: an admin, two organisers and 70 alumni in three cohorts of
 * two programmes, with profiles varied enough for the directory to find people by expertise,
 * country and language, the questions, stories and discussions they have posted, and their
 * meetups: past ones with notes, the next one with a waitlist, and an open date poll; what
 * they have said in chat since it opened; the lessons drawn from all that, and the programmes'
 * tracks and pilot projects. Every account shares one password, so the caller
 * hashes it once; posts and messages are cooked by the caller's Markdown renderer, the one the
 * API uses, because this package cannot import it.
 */
export async function seedDemo(db: Db, passwordHash: string, cookMarkdown: CookMarkdown) {
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
    const demoCohorts = await tx
      .insert(cohorts)
      .values([
        {
          programmeId: transfo.id,
          name: 'La Transfo 2021',
          year: 2021,
          startsOn: '2021-09-01',
          endsOn: '2023-06-30',
        },
        {
          programmeId: transfo.id,
          name: 'La Transfo 2023',
          year: 2023,
          startsOn: '2023-09-01',
          endsOn: '2025-06-30',
        },
        {
          programmeId: bih.id,
          name: 'Public Sector Innovation BiH 2022',
          year: 2022,
          startsOn: '2022-03-01',
          endsOn: '2022-11-30',
        },
      ])
      .returning();
    const [transfo2021, transfo2023, bih2022] = demoCohorts;
    if (!transfo2021 || !transfo2023 || !bih2022) throw new Error('demo cohorts were not created');

    const staff = [
      { email: DEMO_ADMIN_EMAIL, name: 'Ada Admin', role: 'admin' as const },
      {
        email: DEMO_ORGANISER_EMAILS[0] ?? '',
        name: 'Olivia Organiser',
        role: 'organiser' as const,
      },
      { email: DEMO_ORGANISER_EMAILS[1] ?? '', name: 'Omar Organiser', role: 'organiser' as const },
    ].map((account) => ({ ...account, cohortIds: demoCohorts.map((cohort) => cohort.id) }));
    const alumni = Array.from({ length: 70 }, (_, index) => {
      const { cohort: cohortIndex, bio, ...profile } = demoProfile(index);
      const cohort = [transfo2021, transfo2023, bih2022][cohortIndex] ?? bih2022;
      return {
        email: `member${index + 1}@praxis.example`,
        role: 'member' as const,
        ...profile,
        openToAdvise: index % 3 !== 1,
        bioSource: bio,
        bioHtml: `<p>${escapeHtml(bio)}</p>`,
        emailVisibility: index % 5 === 0 ? ('organisers' as const) : ('members' as const),
        // Some alumni of the first La Transfo came back for the second.
        cohortIds:
          cohort === transfo2021 && index % 4 === 0 ? [cohort.id, transfo2023.id] : [cohort.id],
      };
    });

    const handles = new Set<string>();
    const accounts = [...staff, ...alumni];
    const created = await tx
      .insert(members)
      .values(
        accounts.map(({ cohortIds: _, ...account }) => ({
          ...account,
          handle: uniqueHandle(handleFromName(account.name), handles),
          passwordHash,
        })),
      )
      .returning({ id: members.id, email: members.email, handle: members.handle });

    await tx
      .insert(cohortMemberships)
      .values(
        created.flatMap((member, index) =>
          (accounts[index]?.cohortIds ?? []).map((cohortId) => ({ cohortId, memberId: member.id })),
        ),
      );

    await seedDemoCareers(tx, created.slice(staff.length));

    const context = {
      members: created.map((member, index) => ({
        ...member,
        cohortIds: accounts[index]?.cohortIds ?? [],
      })),
      cohorts: demoCohorts,
      cookMarkdown,
      now: new Date(),
    };
    const threadIds = await seedDemoThreads(tx, context);
    await seedDemoMeetups(tx, { ...context, threadIds });
    await seedDemoChat(tx, { ...context, threadIds });
    await seedDemoAdvice(tx, context);
    const library = {
      ...context,
      programmes: [transfo, bih],
      sources: await loadDemoSources(tx, context),
    };
    const lessonsByTitle = await seedDemoLessons(tx, library);
    await seedDemoPilots(tx, { ...library, lessons: lessonsByTitle });
  });
}

function uniqueHandle(base: string, taken: Set<string>): string {
  let handle = base;
  for (let suffix = 2; taken.has(handle); suffix += 1) handle = `${base}-${suffix}`;
  taken.add(handle);
  return handle;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

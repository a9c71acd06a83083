import { eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { memberPositions, members } from '../schema/members.ts';
import { DEMO_ORGANISATIONS, type DemoProfile, demoProfile, pick } from './demo-people.ts';

type Level = (typeof memberPositions.$inferInsert)['level'];

export interface DemoPost {
  role: string;
  organisation: string;
  level: Level;
  policyArea: string;
  /** "2019-04"; `to` null while held. */
  from: string;
  to: string | null;
}

/** Alumni (by the number in their address) who have left government since their programme. */
export const DEMO_LEFT_GOVERNMENT = [5, 18, 27, 36, 47, 58, 64];

const BALKANS = new Set(['BA', 'RS', 'HR']);

const OUTSIDE = [
  { role: 'Independent consultant', organisation: 'Self-employed' },
  { role: 'Programme manager', organisation: 'Open Knowledge Foundation' },
  { role: 'Researcher', organisation: 'University of Sarajevo, Faculty of Political Science' },
  { role: 'Service design lead', organisation: 'Civic Tech Lab' },
  { role: 'Policy fellow', organisation: 'European Policy Centre' },
  { role: 'Partner', organisation: 'Atelier des Communs' },
  { role: 'Head of public sector practice', organisation: 'Nordlys Design Studio' },
];

/** What each archetype's job is mostly about, unless the organisation says otherwise. */
const POLICY_AREA_OF_JOB: Record<string, string> = {
  'Service designer': 'public services',
  'Behavioural insights lead': 'behavioural public policy',
  'Head of procurement': 'public procurement',
  'Product manager': 'digital government',
  'Policy lab director': 'policy design',
  'Citizen participation coordinator': 'citizen participation',
  'Data analyst': 'open data',
  'Senior advisor': 'education',
  'Public health officer': 'public health',
  'Innovation officer': 'employment',
};

function policyAreaOf(organisation: string, jobTitle: string): string {
  if (/educat/i.test(organisation)) return 'education';
  if (/health|santé/i.test(organisation)) return 'public health';
  if (/employment/i.test(organisation)) return 'employment';
  if (/econom/i.test(organisation)) return 'economic development';
  if (/statistic/i.test(organisation)) return 'open data';
  return POLICY_AREA_OF_JOB[jobTitle] ?? 'public services';
}

/** The level of government of a demo organisation, read from its name. */
export function levelOf(organisation: string): Level {
  if (/^(City|Ville|Municipality|Câmara)/.test(organisation)) return 'local';
  if (/Canton|Région|Region|Département|Métropole|régionale/.test(organisation)) return 'regional';
  return 'national';
}

const month = (start: number) => {
  const year = 2008 + Math.floor(start / 12);
  return `${year}-${String((start % 12) + 1).padStart(2, '0')}`;
};

/**
 * The career of the demo alumnus `member${index + 1}`, newest first: the post the profile names,
 * held since a month between 2016 and 2021, after one or two earlier posts elsewhere. Those who
 * left government hold a post outside it since 2024, their government post ended.
 */
export function demoCareer(index: number, profile: DemoProfile = demoProfile(index)): DemoPost[] {
  const since = 8 * 12 + ((index * 7) % 66);
  // Earlier posts were in the same part of Europe as the one held now.
  const nearby = DEMO_ORGANISATIONS.filter(
    (candidate) => BALKANS.has(candidate.country) === BALKANS.has(profile.country),
  );
  const earlier = pick(nearby, index * 5 + 2);
  const earliest = pick(nearby, index * 11 + 7);
  const left = DEMO_LEFT_GOVERNMENT.includes(index + 1);
  const outside = pick(OUTSIDE, Math.max(0, DEMO_LEFT_GOVERNMENT.indexOf(index + 1)));
  const leftAt = 16 * 12 + (index % 9);
  const policyArea = policyAreaOf(profile.organisation, profile.jobTitle);
  const career: DemoPost[] = [
    ...(left
      ? [
          {
            ...outside,
            level: 'outside_government' as const,
            policyArea,
            from: month(leftAt + 1),
            to: null,
          },
        ]
      : []),
    {
      role: profile.jobTitle,
      organisation: profile.organisation,
      level: levelOf(profile.organisation),
      policyArea,
      from: month(since),
      to: left ? month(leftAt) : null,
    },
  ];
  if (earlier.name !== profile.organisation) {
    career.push({
      role: index % 2 === 0 ? 'Policy officer' : 'Project coordinator',
      organisation: earlier.name,
      level: levelOf(earlier.name),
      policyArea: policyAreaOf(earlier.name, profile.jobTitle),
      from: month(since - 36 - (index % 24)),
      to: month(since - 1),
    });
  }
  // Every third alumnus has a first post further back.
  if (index % 3 === 0 && earliest.name !== earlier.name && earliest.name !== profile.organisation) {
    career.push({
      role: 'Trainee',
      organisation: earliest.name,
      level: levelOf(earliest.name),
      policyArea: policyAreaOf(earliest.name, profile.jobTitle),
      from: month(Math.max(0, since - 84)),
      to: month(since - 61),
    });
  }
  return career;
}

/**
 * Writes the alumni's careers, `alumni[index]` being `member${index + 1}`, and copies each
 * current post onto the member's row as the profile editor does (the headline they wrote stays).
 */
export async function seedDemoCareers(tx: Db, alumni: { id: string }[]) {
  const rows = alumni.flatMap((member, index) =>
    demoCareer(index).map((post) => ({
      memberId: member.id,
      role: post.role,
      organisation: post.organisation,
      level: post.level,
      policyArea: post.policyArea,
      startMonth: `${post.from}-01`,
      endMonth: post.to === null ? null : `${post.to}-01`,
    })),
  );
  await tx.insert(memberPositions).values(rows);
  for (const [index, member] of alumni.entries()) {
    const current = demoCareer(index)[0];
    if (!current || current.to !== null) continue;
    // Who left says so in their headline too; the others keep the one they wrote.
    const left = current.level === 'outside_government';
    await tx
      .update(members)
      .set({
        ...(left ? { headline: `${current.role}, ${current.organisation}` } : {}),
        organisation: current.organisation,
        jobTitle: current.role,
        governmentLevel: current.level,
        policyArea: current.policyArea,
      })
      .where(eq(members.id, member.id));
  }
}

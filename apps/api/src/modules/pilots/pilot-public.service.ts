import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import * as repository from './pilots.repository.ts';
import { visiblePilotOrFail } from './pilots.service.ts';

// What the public showcase may copy of a pilot, and why it may not: the pilots module's rule
// (pilotStillPublic in pilots.visibility.ts says the same in SQL, for every public read).

export interface PilotForShowcase {
  id: string;
  name: string;
  language: repository.PilotRow['language'];
  stage: repository.PilotRow['stage'];
  programmeName: string | null;
  organisations: string[];
  /** A pilot its cohort alone sees never goes further. */
  refusal: 'cohort_only' | null;
  /** Its team, each with their role in it, who are named and asked. */
  credits: { memberId: string; role: string }[];
}

/** The pilot as the showcase would copy it, when the viewer may see it (else a 404). */
export async function pilotForShowcase(
  db: Db,
  viewer: AccountMember,
  id: string,
): Promise<PilotForShowcase> {
  const pilot = await visiblePilotOrFail(db, viewer, id);
  const team = await repository.teamOf(db, id);
  return {
    id: pilot.id,
    name: pilot.name,
    language: pilot.language,
    stage: pilot.stage,
    programmeName: pilot.programmeName,
    organisations: pilot.organisations,
    refusal: pilot.visibility === 'network' ? null : 'cohort_only',
    credits: team.map((member) => ({ memberId: member.memberId, role: member.role })),
  };
}

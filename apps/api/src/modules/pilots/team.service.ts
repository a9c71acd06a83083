import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { notify } from '../notifications/notifications.service.ts';
import * as repository from './pilots.repository.ts';

import { createPilotService, editablePilotOrFail } from './pilots.service.ts';

/** A pilot's team: its team and organisers add members with roles and take them off. */
export function createTeamService(db: Db) {
  const { detail } = createPilotService(db);
  return {
    async putTeamMember(actor: AccountMember, id: string, memberId: string, role: string) {
      const { pilot } = await editablePilotOrFail(db, actor, id);
      if (!(await repository.isActiveMember(db, memberId))) {
        throw new AppError('not_found', msg('errors.pilots.memberGone'));
      }
      await db.transaction(async (tx) => {
        const joined = await repository.putTeamMember(tx, id, memberId, role);
        if (joined) {
          await notify(tx, [
            {
              memberId,
              kind: 'pilot_team_added',
              actorId: actor.id,
              pilotId: pilot.id,
              detail: { role },
            },
          ]);
        }
      });
      return detail(actor, id);
    },

    async removeTeamMember(actor: AccountMember, id: string, memberId: string) {
      await editablePilotOrFail(db, actor, id);
      await db.transaction(async (tx) => {
        // Locked, so that two leaving at once cannot leave the pilot without a team.
        await repository.lockPilot(tx, id);
        // The rest of the team cannot push out the one who leads the pilot.
        if (
          !isOrganiser(actor) &&
          repository.isLeadRole(await repository.roleOf(tx, id, memberId)) &&
          !repository.isLeadRole(await repository.roleOf(tx, id, actor.id))
        ) {
          throw new AppError('forbidden', msg('errors.pilots.onlyLeadsRemoveLead'));
        }
        if (
          (await repository.teamSize(tx, id)) <= 1 &&
          (await repository.isInTeam(tx, id, memberId))
        ) {
          throw new AppError('conflict', msg('errors.pilots.lastTeamMember'));
        }
        if (!(await repository.removeTeamMember(tx, id, memberId))) {
          throw new AppError('not_found', msg('errors.pilots.notInTeam'));
        }
      });
    },
  };
}

import type {
  CohortDetail,
  CohortInput,
  Programme,
  ProgrammeInput,
  ProgrammeList,
} from '@praxis/contracts/cohorts';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError, conflictAsField } from '../../app-error.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { membersChanged } from './cohorts.events.ts';
import * as repository from './cohorts.repository.ts';

/** The cohort, or a 404 that says so; for other modules that act on a cohort. */
export async function findCohortOrFail(db: Db, cohortId: string) {
  const cohort = await repository.findCohort(db, cohortId);
  if (!cohort) throw new AppError('not_found', msg('errors.cohorts.cohortGone'));
  return cohort;
}

export function createCohortService(db: Db) {
  return {
    async list(): Promise<ProgrammeList> {
      const [programmes, cohorts] = await Promise.all([
        repository.listProgrammes(db),
        repository.listCohorts(db),
      ]);
      return {
        programmes: programmes.map(
          (programme): Programme => ({
            id: programme.id,
            name: programme.name,
            description: programme.description,
            cohorts: cohorts.filter((cohort) => cohort.programmeId === programme.id),
          }),
        ),
      };
    },

    async createProgramme(actor: AccountMember, input: ProgrammeInput) {
      requireOrganiser(actor, msg('errors.cohorts.onlyOrganisersCreateProgrammes'));
      return conflictAsField(
        () =>
          db.transaction(async (tx) => {
            const programme = await repository.insertProgramme(tx, input);
            await recordAudit(tx, actor, {
              action: 'programme.created',
              target: { type: 'programme', id: programme.id, label: programme.name },
            });
            return programme;
          }),
        msg('errors.cohorts.programmeNameTaken', { name: input.name }),
      );
    },

    async createCohort(
      actor: AccountMember,
      programmeId: string,
      input: CohortInput,
    ): Promise<CohortDetail> {
      requireOrganiser(actor, msg('errors.cohorts.onlyOrganisersCreateCohorts'));
      const programme = await repository.findProgramme(db, programmeId);
      if (!programme) throw new AppError('not_found', msg('errors.cohorts.programmeGone'));
      const id = await conflictAsField(
        () =>
          db.transaction(async (tx) => {
            const id = await repository.insertCohort(tx, { ...input, programmeId });
            await recordAudit(tx, actor, {
              action: 'cohort.created',
              target: { type: 'cohort', id, label: input.name },
              details: { programme: programme.name },
            });
            return id;
          }),
        msg('errors.cohorts.cohortNameTaken', { name: input.name }),
      );
      return this.detail(id);
    },

    async detail(cohortId: string): Promise<CohortDetail> {
      const cohort = await findCohortOrFail(db, cohortId);
      return { ...cohort, organisers: await repository.cohortOrganisers(db, cohortId) };
    },

    async addMembers(actor: AccountMember, cohortId: string, memberIds: string[]) {
      requireOrganiser(actor, msg('errors.cohorts.onlyOrganisersAddMembers'));
      const cohort = await findCohortOrFail(db, cohortId);
      const unique = [...new Set(memberIds)];
      if ((await repository.countExistingMembers(db, unique)) !== unique.length) {
        throw new AppError('invalid', msg('errors.cohorts.unknownMembers'), {
          fields: { memberIds: msg('errors.cohorts.unknownMembersField') },
        });
      }
      const joined = await db.transaction(async (tx) => {
        const joined = await joinCohort(tx, cohortId, unique);
        if (joined.length > 0) {
          await recordAudit(tx, actor, {
            action: 'cohort.members_added',
            target: { type: 'cohort', id: cohortId, label: cohort.name },
            details: { memberIds: joined },
          });
        }
        return joined;
      });
      return { added: joined.length };
    },

    async removeMember(actor: AccountMember, cohortId: string, memberId: string) {
      requireOrganiser(actor, msg('errors.cohorts.onlyOrganisersRemoveMembers'));
      const cohort = await findCohortOrFail(db, cohortId);
      await db.transaction(async (tx) => {
        if (!(await repository.removeMember(tx, cohortId, memberId))) {
          throw new AppError('not_found', msg('errors.cohorts.notInCohort'));
        }
        await membersChanged(tx, cohortId, [memberId]);
        await recordAudit(tx, actor, {
          action: 'cohort.member_removed',
          target: { type: 'cohort', id: cohortId, label: cohort.name },
          details: { memberId },
        });
      });
    },
  };
}

/**
 * Adds members to a cohort inside the caller's transaction (an invitation accepted, an organiser
 * adding people); those already in it are left as they are. Returns the ids of those who joined.
 */
export async function joinCohort(tx: Db, cohortId: string, memberIds: string[]) {
  const joined = await repository.addMembers(tx, cohortId, memberIds);
  if (joined.length > 0) await membersChanged(tx, cohortId, joined);
  return joined;
}

/** Of `memberIds`, those in the cohort. */
export const membersOfCohort = (db: Db, cohortId: string, memberIds: string[]) =>
  repository.membersAmong(db, cohortId, memberIds);

/** Of `ids`, those of cohorts that exist. */
export const existingCohortIds = repository.existingCohortIds;

/** Whether a member belongs to the cohort. */
export async function isInCohort(db: Db, memberId: string, cohortId: string) {
  return (await repository.membersAmong(db, cohortId, [memberId])).has(memberId);
}

/** How many active members a cohort has: whether one more can hide among them. */
export const countActiveCohortMembers = repository.countActiveMembers;

/** The cohorts of each of the given members, for profiles and cards. */
export const cohortBadges = repository.cohortBadges;

/**
 * The directory's cohort and programme facets: how many of the members an SQL query selects
 * belong to each, counted in one statement each over that query.
 */
export const countMembersByCohort = repository.countMembersByCohort;
export const countMembersByProgramme = repository.countMembersByProgramme;

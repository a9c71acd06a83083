import type { AccountMember } from '@praxis/contracts/members';
import type {
  NewPilotInput,
  PilotDetail,
  PilotLink,
  PilotProfileInput,
  PilotSummary,
} from '@praxis/contracts/pilots';
import type { Db } from '@praxis/db/client';
import { sourceLocale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isInCohort } from '../cohorts/cohorts.service.ts';
import { findTrack, programmeOfCohort, toTrackRef } from '../cohorts/tracks.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import * as links from './links.repository.ts';
import { pilotNarrowed } from './pilots.events.ts';
import * as repository from './pilots.repository.ts';

const iso = (date: Date) => date.toISOString();

type LinkRow = Awaited<ReturnType<typeof links.linksOf>>[number];

/** A link as the pilot page shows it; a target whose title the viewer may not read is left out. */
export function toLink(row: LinkRow): PilotLink[] {
  const createdAt = row.createdAt.toISOString();
  if (row.threadId && row.threadTitle && row.threadKind) {
    return [
      {
        id: row.id,
        target: {
          kind: 'thread',
          id: row.threadId,
          title: row.threadTitle,
          threadKind: row.threadKind,
        },
        createdAt,
      },
    ];
  }
  if (row.lessonId && row.lessonTitle) {
    return [
      {
        id: row.id,
        target: { kind: 'lesson', id: row.lessonId, title: row.lessonTitle },
        createdAt,
      },
    ];
  }
  if (row.agendaItemId && row.agendaItemTitle && row.meetupId && row.meetupTitle) {
    return [
      {
        id: row.id,
        target: {
          kind: 'agenda_item',
          id: row.agendaItemId,
          title: row.agendaItemTitle,
          meetupId: row.meetupId,
          meetupTitle: row.meetupTitle,
        },
        createdAt,
      },
    ];
  }
  return [];
}

export function toSummary(row: repository.PilotSummaryRow): PilotSummary {
  return {
    id: row.id,
    name: row.name,
    stage: row.stage,
    programme:
      row.programmeId && row.programmeName
        ? { id: row.programmeId, name: row.programmeName }
        : null,
    track:
      row.trackId && row.trackKind && row.trackName !== null
        ? toTrackRef({
            id: row.trackId,
            programmeId: row.programmeId ?? '',
            kind: row.trackKind,
            name: row.trackName,
          })
        : null,
    cohort: row.cohortId && row.cohortName ? { id: row.cohortId, name: row.cohortName } : null,
    visibility: row.visibility,
    organisations: row.organisations,
    stopReason: row.stopReason,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    teamSize: row.teamSize,
    stageChangedAt: iso(row.stageChangedAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** The pilot if the viewer may see it, else a 404 that does not tell whether it exists. */
export async function visiblePilotOrFail(db: Db, viewer: AccountMember, id: string) {
  const pilot = await repository.findVisiblePilot(db, viewer, id);
  if (!pilot) throw new AppError('not_found', msg('errors.pilots.pilotGone'));
  return pilot;
}

/**
 * The pilot for a change by its team or an organiser; anyone else who sees it gets a 403 with
 * `refusal`.
 */
export async function editablePilotOrFail(
  db: Db,
  actor: AccountMember,
  id: string,
  refusal = msg('errors.pilots.onlyTeamEdits'),
) {
  const pilot = await visiblePilotOrFail(db, actor, id);
  const inTeam = await repository.isInTeam(db, id, actor.id);
  if (!inTeam && !isOrganiser(actor)) throw new AppError('forbidden', refusal);
  return { pilot, inTeam };
}

/** The programme's own track and cohort, or a 400 on the field that names another's. */
async function checkOrigin(
  db: Db,
  actor: AccountMember,
  programmeId: string | null,
  origin: { trackId: string | null; cohortId: string | null },
  cohortChanged: boolean,
) {
  if (origin.trackId) {
    const track = await findTrack(db, origin.trackId);
    if (!track || track.programmeId !== programmeId) {
      throw new AppError('invalid', msg('errors.pilots.trackNotOfProgramme'), {
        fields: { trackId: msg('errors.pilots.trackNotOfProgrammeField') },
      });
    }
  }
  if (origin.cohortId) {
    const cohort = await programmeOfCohort(db, origin.cohortId);
    if (!cohort || cohort.programmeId !== programmeId) {
      throw new AppError('invalid', msg('errors.pilots.cohortNotOfProgramme'), {
        fields: { cohortId: msg('errors.pilots.cohortNotOfProgrammeField') },
      });
    }
    // A member names only a cohort of their own, as for a cohort thread.
    if (
      cohortChanged &&
      !isOrganiser(actor) &&
      !(await isInCohort(db, actor.id, origin.cohortId))
    ) {
      throw new AppError('invalid', msg('errors.pilots.notYourCohort'), {
        fields: { cohortId: msg('errors.pilots.notYourCohort') },
      });
    }
  }
}

function refuseInvalid(message: string, field: string) {
  return new AppError('invalid', message, { fields: { [field]: message } });
}

export function createPilotService(db: Db) {
  async function detail(viewer: AccountMember, id: string): Promise<PilotDetail> {
    const pilot = await visiblePilotOrFail(db, viewer, id);
    const [team, linkRows] = await Promise.all([
      repository.teamOf(db, id),
      links.linksOf(db, viewer, id),
    ]);
    const authors = await authorsById(
      db,
      team.map((each) => each.memberId),
    );
    const inTeam = team.some((each) => each.memberId === viewer.id);
    return {
      ...toSummary(pilot),
      summarySource: pilot.summarySource,
      summaryHtml: pilot.summaryHtml,
      language: pilot.language,
      team: team.flatMap((each) => {
        // A deactivated member is for organisers only, as everywhere else.
        if (each.deactivated && !isOrganiser(viewer)) return [];
        const author = authors.get(each.memberId);
        return author
          ? [{ member: toAuthor(author), role: each.role, joinedAt: iso(each.joinedAt) }]
          : [];
      }),
      links: linkRows.flatMap(toLink),
      followerCount: pilot.followerCount,
      following: pilot.following,
      canEdit: inTeam || isOrganiser(viewer),
      canPostUpdates: inTeam,
      createdAt: iso(pilot.createdAt),
    };
  }

  return {
    detail,

    async create(actor: AccountMember, input: NewPilotInput): Promise<PilotDetail> {
      const programme = await repository.programmeFacts(db, input.programmeId, actor.id);
      if (!programme.found) throw new AppError('not_found', msg('errors.cohorts.programmeGone'));
      if (!programme.member && !isOrganiser(actor)) {
        throw new AppError('forbidden', msg('errors.pilots.notInProgramme'));
      }
      await checkOrigin(db, actor, input.programmeId, input, true);
      const id = await db.transaction(async (tx) => {
        const id = await repository.insertPilot(tx, {
          name: input.name,
          summarySource: input.summary,
          summaryHtml: cookMarkdown(input.summary),
          language: input.language ?? actor.locale ?? sourceLocale,
          programmeId: input.programmeId,
          trackId: input.trackId,
          cohortId: input.cohortId,
          visibility: input.visibility,
          organisations: input.organisations,
          stage: input.stage,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          createdById: actor.id,
        });
        await repository.putTeamMember(tx, id, actor.id, 'lead');
        return id;
      });
      return detail(actor, id);
    },

    async change(actor: AccountMember, id: string, input: PilotProfileInput): Promise<PilotDetail> {
      await editablePilotOrFail(db, actor, id);
      await db.transaction(async (tx) => {
        const current = await repository.lockPilot(tx, id);
        if (!current) throw new AppError('not_found', msg('errors.pilots.pilotGone'));
        const next = {
          trackId: input.trackId === undefined ? current.trackId : input.trackId,
          cohortId: input.cohortId === undefined ? current.cohortId : input.cohortId,
          visibility: input.visibility ?? current.visibility,
          startsOn: input.startsOn === undefined ? current.startsOn : input.startsOn,
          endsOn: input.endsOn === undefined ? current.endsOn : input.endsOn,
        };
        if (next.startsOn && next.endsOn && next.startsOn > next.endsOn) {
          throw refuseInvalid(msg('validation.pilots.datesOrder'), 'endsOn');
        }
        if (next.visibility === 'cohort' && !next.cohortId) {
          throw refuseInvalid(msg('validation.pilots.cohortForVisibility'), 'cohortId');
        }
        await checkOrigin(tx, actor, current.programmeId, next, next.cohortId !== current.cohortId);
        await repository.updatePilot(tx, id, {
          ...next,
          ...(input.name === undefined ? {} : { name: input.name }),
          ...(input.summary === undefined
            ? {}
            : { summarySource: input.summary, summaryHtml: cookMarkdown(input.summary) }),
          ...(input.language === undefined ? {} : { language: input.language }),
          ...(input.organisations === undefined ? {} : { organisations: input.organisations }),
        });
        if (current.visibility === 'network' && next.visibility !== 'network') {
          await pilotNarrowed(tx, id);
        }
      });
      return detail(actor, id);
    },

    /** By its team or an organiser; an organiser's deletion of others' work is audited. */
    async remove(actor: AccountMember, id: string) {
      const refusal = msg('errors.pilots.onlyTeamDeletes');
      const { inTeam } = await editablePilotOrFail(db, actor, id, refusal);
      if (
        !isOrganiser(actor) &&
        !repository.isLeadRole(await repository.roleOf(db, id, actor.id))
      ) {
        throw new AppError('forbidden', msg('errors.pilots.onlyLeadsDelete'));
      }
      await db.transaction(async (tx) => {
        const deleted = await repository.deletePilot(tx, id);
        if (!deleted) throw new AppError('not_found', msg('errors.pilots.pilotGone'));
        await pilotNarrowed(tx, id);
        if (!inTeam) {
          await recordAudit(tx, actor, {
            action: 'pilot.deleted',
            target: { type: 'pilot', id, label: deleted.name },
          });
        }
      });
    },

    async follow(actor: AccountMember, id: string, following: boolean) {
      await visiblePilotOrFail(db, actor, id);
      await repository.setFollowing(db, id, actor.id, following);
      return { following };
    },
  };
}

export type PilotService = ReturnType<typeof createPilotService>;

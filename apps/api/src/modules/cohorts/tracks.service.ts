import type {
  CohortTracks,
  Track,
  TrackInput,
  TrackKind,
  TrackList,
  TrackRef,
} from '@praxis/contracts/cohorts';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError, isUniqueViolation } from '../../app-error.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repository from './cohorts.repository.ts';
import * as tracks from './tracks.repository.ts';

/**
 * A track of a fixed kind may go without a name; it is stored under its kind's key, so that the
 * unique (programme, name) index still lets a programme have one unnamed track of each kind, and
 * shown with an empty name (the page names it by its kind).
 */
const storedName = (kind: TrackKind, name: string) =>
  name === '' && kind !== 'other' ? kind : name;
const shownName = (track: { kind: TrackKind; name: string }) =>
  track.kind !== 'other' && track.name === track.kind ? '' : track.name;

export const toTrackRef = (track: tracks.TrackRow): TrackRef => ({
  id: track.id,
  kind: track.kind,
  name: shownName(track),
});

const toTrack = (track: tracks.TrackRow & { cohortIds: string[] }): Track => ({
  ...toTrackRef(track),
  programmeId: track.programmeId,
  cohortIds: track.cohortIds,
});

/** The track, or null when there is none; for modules that name a programme's track. */
export const findTrack = tracks.findTrack;

/** The programme of a cohort, or null when there is no such cohort. */
export const programmeOfCohort = tracks.programmeOfCohort;

function onlyOrganisers(actor: AccountMember) {
  requireOrganiser(actor, msg('errors.cohorts.onlyOrganisersManageTracks'));
}

/** A name clash as a 409 on the name field that says which name, or which unnamed kind. */
async function namedOnce<T>(input: { kind: TrackKind; name: string }, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const message =
      input.name === ''
        ? msg('errors.cohorts.trackUnnamedTaken', { kind: input.kind })
        : msg('errors.cohorts.trackNameTaken', { name: input.name });
    throw new AppError('conflict', message, {
      fields: { name: msg('errors.request.chooseAnotherName') },
    });
  }
}

export function createTrackService(db: Db) {
  async function trackOrFail(id: string) {
    const track = await tracks.findTrack(db, id);
    if (!track) throw new AppError('not_found', msg('errors.cohorts.trackGone'));
    return track;
  }

  return {
    async list(programmeId: string): Promise<TrackList> {
      if (!(await repository.findProgramme(db, programmeId))) {
        throw new AppError('not_found', msg('errors.cohorts.programmeGone'));
      }
      return { tracks: (await tracks.tracksOfProgramme(db, programmeId)).map(toTrack) };
    },

    async create(actor: AccountMember, programmeId: string, input: TrackInput): Promise<Track> {
      onlyOrganisers(actor);
      const programme = await repository.findProgramme(db, programmeId);
      if (!programme) throw new AppError('not_found', msg('errors.cohorts.programmeGone'));
      const track = await namedOnce(input, () =>
        db.transaction(async (tx) => {
          const track = await tracks.insertTrack(tx, {
            programmeId,
            kind: input.kind,
            name: storedName(input.kind, input.name),
          });
          await recordAudit(tx, actor, {
            action: 'track.created',
            target: { type: 'track', id: track.id, label: input.name || input.kind },
            details: { programme: programme.name, kind: input.kind },
          });
          return track;
        }),
      );
      return toTrack({ ...track, cohortIds: [] });
    },

    async change(
      actor: AccountMember,
      id: string,
      input: { kind?: TrackKind | undefined; name?: string | undefined },
    ): Promise<Track> {
      onlyOrganisers(actor);
      const track = await trackOrFail(id);
      const kind = input.kind ?? track.kind;
      const name = input.name ?? shownName(track);
      if (kind === 'other' && name === '') {
        throw new AppError('invalid', msg('validation.cohorts.trackNameRequired'), {
          fields: { name: msg('validation.cohorts.trackNameRequired') },
        });
      }
      await namedOnce({ kind, name }, () =>
        db.transaction(async (tx) => {
          await tracks.updateTrack(tx, id, { kind, name: storedName(kind, name) });
          await recordAudit(tx, actor, {
            action: 'track.changed',
            target: { type: 'track', id, label: name || kind },
            details: { before: shownName(track) || track.kind },
          });
        }),
      );
      const changed = (await tracks.tracksOfProgramme(db, track.programmeId)).find(
        (each) => each.id === id,
      );
      if (!changed) throw new AppError('not_found', msg('errors.cohorts.trackGone'));
      return toTrack(changed);
    },

    /** Its cohorts leave it; pilots that came from it keep their programme and lose the track. */
    async remove(actor: AccountMember, id: string) {
      onlyOrganisers(actor);
      const track = await trackOrFail(id);
      await db.transaction(async (tx) => {
        if (!(await tracks.deleteTrack(tx, id))) {
          throw new AppError('not_found', msg('errors.cohorts.trackGone'));
        }
        await recordAudit(tx, actor, {
          action: 'track.deleted',
          target: { type: 'track', id, label: shownName(track) || track.kind },
        });
      });
    },

    async ofCohort(cohortId: string): Promise<CohortTracks> {
      if (!(await tracks.programmeOfCohort(db, cohortId))) {
        throw new AppError('not_found', msg('errors.cohorts.cohortGone'));
      }
      return { cohortId, tracks: (await tracks.tracksOfCohort(db, cohortId)).map(toTrackRef) };
    },

    async setForCohort(
      actor: AccountMember,
      cohortId: string,
      trackIds: string[],
    ): Promise<CohortTracks> {
      onlyOrganisers(actor);
      const cohort = await tracks.programmeOfCohort(db, cohortId);
      if (!cohort) throw new AppError('not_found', msg('errors.cohorts.cohortGone'));
      const known = await tracks.countTracksOfProgramme(db, cohort.programmeId, trackIds);
      if (known !== trackIds.length) {
        throw new AppError('invalid', msg('errors.cohorts.tracksNotOfProgramme'), {
          fields: { trackIds: msg('errors.cohorts.tracksNotOfProgrammeField') },
        });
      }
      await db.transaction(async (tx) => {
        const before = await tracks.cohortTrackIds(tx, cohortId);
        await tracks.replaceCohortTracks(tx, cohortId, trackIds);
        await recordAudit(tx, actor, {
          action: 'cohort.tracks_set',
          target: { type: 'cohort', id: cohortId, label: cohort.name },
          details: { before, after: trackIds },
        });
      });
      return this.ofCohort(cohortId);
    },
  };
}

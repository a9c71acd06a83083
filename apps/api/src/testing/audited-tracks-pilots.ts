import type { AuditedCase } from './audited-actions.ts';

// The audited actions of programme tracks and pilots, for testing/audited-actions.ts: a track
// made, renamed, given to the cohort and deleted, and an organiser deleting a member's pilot.

export const TRACK_AND_PILOT_AUDITED: [string, AuditedCase][] = [
  [
    'POST /api/programmes/{id}/tracks',
    {
      as: 'organiser',
      action: 'track.created',
      target: (_, __, answer) => ['track', String(answer.id)],
      keep: (answer, made) => {
        made.trackId = String(answer.id);
      },
    },
  ],
  [
    'PATCH /api/tracks/{id}',
    {
      as: 'organiser',
      request: (_, made) => ({ path: { id: made.trackId }, body: { name: 'Audited track' } }),
      action: 'track.changed',
      target: (_, made) => ['track', made.trackId],
    },
  ],
  [
    'PUT /api/cohorts/{id}/tracks',
    {
      as: 'organiser',
      request: (_, made) => ({ body: { trackIds: [made.trackId] } }),
      action: 'cohort.tracks_set',
      target: (f) => ['cohort', f.cohortId],
    },
  ],
  [
    'DELETE /api/tracks/{id}',
    {
      as: 'organiser',
      request: (_, made) => ({ path: { id: made.trackId } }),
      action: 'track.deleted',
      target: (_, made) => ['track', made.trackId],
    },
  ],
  [
    'DELETE /api/pilots/{id}',
    { as: 'organiser', action: 'pilot.deleted', target: (f) => ['pilot', f.sparePilotId] },
  ],
];

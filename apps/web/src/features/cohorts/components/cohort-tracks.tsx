import type { TrackRef } from '@praxis/contracts/cohorts';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useTracks } from '../../../lib/api/list-tracks.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useTrackName } from '../../../lib/use-track-name.ts';
import { useChangeTracks } from '../api/change-tracks.ts';

/** The tracks a cohort belongs to; organisers tick which of its programme's tracks they are. */
export function CohortTracks({
  cohortId,
  programmeId,
  organiser,
}: {
  cohortId: string;
  programmeId: string;
  organiser: boolean;
}) {
  const t = useT();
  const trackName = useTrackName();
  const tracks = useTracks(programmeId);
  const list = tracks.data?.tracks ?? [];
  const mine = list.filter((track) => track.cohortIds.includes(cohortId));
  if (!tracks.isSuccess || (!organiser && mine.length === 0)) return null;
  return (
    <section aria-labelledby="cohort-tracks-heading">
      <h2 id="cohort-tracks-heading">{t('pilots.tracks.heading')}</h2>
      {organiser ? (
        list.length === 0 ? (
          <p className="muted">{t('pilots.tracks.noneToChoose')}</p>
        ) : (
          <ChooseTracks
            key={mine.map((track) => track.id).join()}
            cohortId={cohortId}
            programmeId={programmeId}
            tracks={list}
            chosen={mine.map((track) => track.id)}
          />
        )
      ) : (
        <ul className="inline-list">
          {mine.map((track) => (
            <li key={track.id}>{trackName(track)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChooseTracks({
  cohortId,
  programmeId,
  tracks,
  chosen,
}: {
  cohortId: string;
  programmeId: string;
  tracks: TrackRef[];
  chosen: string[];
}) {
  const t = useT();
  const trackName = useTrackName();
  const { setForCohort } = useChangeTracks(programmeId);
  const [ticked, setTicked] = useState(new Set(chosen));

  function submit(event: FormEvent) {
    event.preventDefault();
    setForCohort.mutate({ cohortId, trackIds: [...ticked] });
  }

  return (
    <form onSubmit={submit} className="cohort-tracks-form">
      <fieldset>
        <legend>{t('pilots.tracks.choose')}</legend>
        {tracks.map((track) => (
          <label key={track.id} className="checkbox-field">
            <input
              type="checkbox"
              checked={ticked.has(track.id)}
              onChange={(event) => {
                const next = new Set(ticked);
                if (event.target.checked) next.add(track.id);
                else next.delete(track.id);
                setTicked(next);
              }}
            />{' '}
            {trackName(track)}
          </label>
        ))}
      </fieldset>
      {setForCohort.error && <Alert tone="error">{formErrors(setForCohort.error).message}</Alert>}
      {setForCohort.isSuccess && <Alert tone="success">{t('pilots.tracks.saved')}</Alert>}
      <button type="submit" className="button-secondary" disabled={setForCohort.isPending}>
        {t('pilots.tracks.save')}
      </button>
    </form>
  );
}

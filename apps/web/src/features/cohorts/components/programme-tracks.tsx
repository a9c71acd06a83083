import { TRACK_KINDS, type TrackKind } from '@praxis/contracts/cohorts';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField } from '../../../components/form-field.tsx';
import { useTracks } from '../../../lib/api/list-tracks.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useTrackName } from '../../../lib/use-track-name.ts';
import { useChangeTracks } from '../api/change-tracks.ts';

/**
 * A programme's tracks (its training, its policy lab…) with how many cohorts each has; organisers
 * add and remove them here, and choose a cohort's on the cohort's page.
 */
export function ProgrammeTracks({
  programmeId,
  programmeName,
  organiser,
}: {
  programmeId: string;
  programmeName: string;
  organiser: boolean;
}) {
  const t = useT();
  const trackName = useTrackName();
  const tracks = useTracks(programmeId);
  const { remove } = useChangeTracks(programmeId);
  const list = tracks.data?.tracks ?? [];
  if (!organiser && list.length === 0) return null;
  return (
    <div className="programme-tracks">
      <h3 className="programme-tracks-heading">{t('pilots.tracks.heading')}</h3>
      {tracks.isError && <Alert tone="error">{formErrors(tracks.error).message}</Alert>}
      {tracks.isSuccess && list.length === 0 && (
        <p className="muted small">{t('pilots.tracks.none')}</p>
      )}
      {list.length > 0 && (
        <ul className="inline-list programme-track-list">
          {list.map((track) => (
            <li key={track.id}>
              {trackName(track)}{' '}
              <span className="muted small">
                {t('pilots.tracks.cohortCount', { count: track.cohortIds.length })}
              </span>
              {organiser && (
                <button
                  type="button"
                  className="button-link small"
                  disabled={remove.isPending}
                  onClick={() => {
                    const name = trackName(track);
                    if (window.confirm(t('pilots.tracks.confirmRemove', { name }))) {
                      remove.mutate({ id: track.id });
                    }
                  }}
                >
                  <T
                    id="pilots.tracks.remove"
                    values={{
                      name: trackName(track),
                      hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                    }}
                  />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.error && <Alert tone="error">{formErrors(remove.error).message}</Alert>}
      {organiser && <NewTrackForm programmeId={programmeId} programmeName={programmeName} />}
    </div>
  );
}

function NewTrackForm({
  programmeId,
  programmeName,
}: {
  programmeId: string;
  programmeName: string;
}) {
  const t = useT();
  const { create } = useChangeTracks(programmeId);
  const [kind, setKind] = useState<TrackKind>('training');
  const [name, setName] = useState('');
  const { message, fields } = formErrors(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ programmeId, kind, name }, { onSuccess: () => setName('') });
  }

  return (
    <details className="programme-track-add">
      <summary>{t('pilots.tracks.add', { programme: programmeName })}</summary>
      <form onSubmit={submit} noValidate>
        {message && Object.keys(fields).length === 0 && <Alert tone="error">{message}</Alert>}
        <div className="field-pair">
          <SelectField
            label={t('pilots.tracks.kind')}
            value={kind}
            error={fields.kind}
            onChange={(event) => setKind(event.target.value as TrackKind)}
          >
            {TRACK_KINDS.map((each) => (
              <option key={each} value={each}>
                {t('pilots.track.kind', { kind: each })}
              </option>
            ))}
          </SelectField>
          <FormField
            label={t('pilots.tracks.name')}
            hint={t(kind === 'other' ? 'pilots.tracks.nameNeeded' : 'pilots.tracks.nameOptional')}
            value={name}
            maxLength={80}
            error={fields.name}
            onChange={(event) => setName(event.target.value)}
            required={kind === 'other'}
          />
        </div>
        <button type="submit" className="button-secondary" disabled={create.isPending}>
          {t('pilots.tracks.create')}
        </button>
      </form>
    </details>
  );
}

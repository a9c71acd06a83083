import type { Programme } from '@praxis/contracts/cohorts';
import {
  MAX_ORGANISATIONS,
  MAX_PILOT_SUMMARY,
  type PilotStage,
  type PilotVisibility,
} from '@praxis/contracts/pilots';
import type { Locale } from '@praxis/i18n/locales';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import {
  ContentLanguageSelect,
  useContentLanguage,
} from '../../../components/content-language-select.tsx';
import { fieldError, formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField, TextAreaField } from '../../../components/form-field.tsx';
import { MarkdownEditor } from '../../../components/markdown-editor/markdown-editor.tsx';
import { useTracks } from '../../../lib/api/list-tracks.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useTrackName } from '../../../lib/use-track-name.ts';

export interface PilotFields {
  name: string;
  summary: string;
  language: Locale;
  programmeId: string;
  trackId: string | null;
  cohortId: string | null;
  visibility: PilotVisibility;
  organisations: string[];
  startsOn: string | null;
  endsOn: string | null;
  stage: Exclude<PilotStage, 'stopped'>;
}

export type PilotStart = Omit<PilotFields, 'language'> & { language?: Locale };

const NEW_STAGES = ['idea', 'concept', 'pilot', 'scaled'] as const;

/**
 * A pilot's profile, new or changed. The programme is chosen once, when it starts; its track
 * and cohort are the programme's. `stage` only shows for a new pilot: later, an update moves it.
 */
export function PilotForm({
  start,
  programmes,
  isNew,
  error,
  pending,
  submitLabel,
  onSubmit,
  cancel,
}: {
  start: PilotStart;
  programmes: Programme[];
  isNew: boolean;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit(fields: PilotFields): void;
  cancel: ReactNode;
}) {
  const t = useT();
  const trackName = useTrackName();
  const [fields, setFields] = useState(start);
  const [language, setLanguage] = useContentLanguage(start.language);
  const [organisations, setOrganisations] = useState(start.organisations.join('\n'));
  const programme = programmes.find((each) => each.id === fields.programmeId);
  const tracks = useTracks(fields.programmeId || undefined);
  const { message, fields: errors } = formErrors(error);
  const set = (change: Partial<PilotFields>) => setFields((current) => ({ ...current, ...change }));
  const names = organisations
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ ...fields, language, organisations: names });
  }

  return (
    <form className="pilot-form" onSubmit={submit} noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      <FormField
        label={t('pilots.form.name')}
        value={fields.name}
        maxLength={160}
        error={errors.name}
        onChange={(event) => set({ name: event.target.value })}
        required
      />
      <MarkdownEditor
        label={t('pilots.form.summary')}
        hint={t('pilots.form.summaryHint')}
        rows={8}
        maxLength={MAX_PILOT_SUMMARY}
        value={fields.summary}
        onChange={(summary) => set({ summary })}
        error={errors.summary}
        mentionsIn={{ network: true }}
        draft={null}
      />
      <ContentLanguageSelect value={language} onChange={setLanguage} />
      {isNew && (
        <SelectField
          label={t('pilots.form.programme')}
          value={fields.programmeId}
          error={errors.programmeId}
          onChange={(event) =>
            set({ programmeId: event.target.value, trackId: null, cohortId: null })
          }
          required
        >
          <option value="">{t('pilots.form.chooseProgramme')}</option>
          {programmes.map((each) => (
            <option key={each.id} value={each.id}>
              {each.name}
            </option>
          ))}
        </SelectField>
      )}
      <div className="field-pair">
        <SelectField
          label={t('pilots.form.track')}
          value={fields.trackId ?? ''}
          error={errors.trackId}
          onChange={(event) => set({ trackId: event.target.value || null })}
        >
          <option value="">{t('pilots.form.noTrack')}</option>
          {tracks.data?.tracks.map((track) => (
            <option key={track.id} value={track.id}>
              {trackName(track)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('pilots.form.cohort')}
          value={fields.cohortId ?? ''}
          error={errors.cohortId}
          onChange={(event) => set({ cohortId: event.target.value || null })}
        >
          <option value="">{t('pilots.form.noCohort')}</option>
          {programme?.cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {cohort.name}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField
        label={t('pilots.form.visibility')}
        hint={t('pilots.form.visibilityHint')}
        value={fields.visibility}
        error={errors.visibility}
        onChange={(event) => set({ visibility: event.target.value as PilotVisibility })}
      >
        <option value="network">{t('pilots.form.visibleToNetwork')}</option>
        <option value="cohort">{t('pilots.form.visibleToCohort')}</option>
      </SelectField>
      <TextAreaField
        label={t('pilots.form.organisations')}
        hint={t('pilots.form.organisationsHint', { max: MAX_ORGANISATIONS })}
        rows={3}
        value={organisations}
        error={fieldError(errors, 'organisations', names)}
        onChange={(event) => setOrganisations(event.target.value)}
      />
      <div className="field-pair">
        <FormField
          label={t('pilots.form.startsOn')}
          type="date"
          value={fields.startsOn ?? ''}
          error={errors.startsOn}
          onChange={(event) => set({ startsOn: event.target.value || null })}
        />
        <FormField
          label={t('pilots.form.endsOn')}
          type="date"
          value={fields.endsOn ?? ''}
          error={errors.endsOn}
          onChange={(event) => set({ endsOn: event.target.value || null })}
        />
      </div>
      {isNew && (
        <SelectField
          label={t('pilots.form.stage')}
          hint={t('pilots.form.stageHint')}
          value={fields.stage}
          error={errors.stage}
          onChange={(event) => set({ stage: event.target.value as PilotFields['stage'] })}
        >
          {NEW_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t('pilots.stage.name', { stage })}
            </option>
          ))}
        </SelectField>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={pending}>
          {submitLabel}
        </button>
        {cancel}
      </div>
    </form>
  );
}

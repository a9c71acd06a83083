import type { AccountMember } from '@praxis/contracts/members';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { fieldError, formErrors } from '../../components/form-errors.ts';
import { FormField, TextAreaField } from '../../components/form-field.tsx';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { viewerZone } from '../../lib/zoned-time.ts';
import { useCreateSeries } from './api/create-series.ts';
import { CohortCheckboxes } from './components/cohort-checkboxes.tsx';
import { OrganiserPicker, type PickedPerson } from './components/organiser-picker.tsx';
import { isCommonZone, TimeZoneSelect } from './components/time-zone-select.tsx';
import { numberFrom } from './number-input.ts';

export function NewSeriesPage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('meetups.newSeries.title'));
  const navigate = useNavigate();
  const create = useCreateSeries();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [cadence, setCadence] = useState('6');
  const [cohortIds, setCohortIds] = useState<string[]>([]);
  const [organisers, setOrganisers] = useState<PickedPerson[]>([
    { id: member.id, name: member.name },
  ]);
  const [duration, setDuration] = useState('180');
  // An organiser far from the network's usual places starts from Paris, not from their own zone.
  const [timezone, setTimezone] = useState(() =>
    isCommonZone(viewerZone()) ? viewerZone() : 'Europe/Paris',
  );
  const [venue, setVenue] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const { message, fields } = formErrors(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      {
        name,
        description,
        cadenceMonths: numberFrom(cadence),
        cohortIds,
        organiserIds: organisers.map((person) => person.id),
        defaultDurationMinutes: numberFrom(duration),
        defaultTimezone: timezone,
        defaultVenue: venue,
        defaultOnlineUrl: onlineUrl.trim(),
      },
      { onSuccess: (series) => navigate(`/meetups/series/${series.id}`) },
    );
  }

  return (
    <section className="page narrow">
      <p className="back-link">
        <Link to="/meetups">{t('meetups.nav.meetups')}</Link>
      </p>
      <h1>{t('meetups.newSeries.title')}</h1>
      <p className="lead">{t('meetups.newSeries.lead')}</p>
      <form onSubmit={submit} noValidate className="meetup-form">
        <FormField
          id="series-name"
          label={t('meetups.newSeries.name')}
          hint={t('meetups.newSeries.nameHint')}
          maxLength={120}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fields.name}
        />
        <TextAreaField
          id="series-description"
          label={t('meetups.form.description')}
          hint={t('meetups.newSeries.descriptionHint')}
          rows={6}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fields.description}
        />
        <div className="field-pair">
          <FormField
            id="series-cadence"
            label={t('meetups.newSeries.cadence')}
            hint={t('meetups.newSeries.cadenceHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={24}
            required
            value={cadence}
            onChange={(event) => setCadence(event.target.value)}
            error={fields.cadenceMonths}
          />
          <FormField
            id="series-duration"
            label={t('meetups.newSeries.duration')}
            hint={t('meetups.newSeries.durationHint')}
            type="number"
            inputMode="numeric"
            min={15}
            step={15}
            value={duration}
            onChange={(event) => setDuration(event.target.value)}
            error={fields.defaultDurationMinutes}
          />
        </div>
        <CohortCheckboxes
          selected={cohortIds}
          onChange={setCohortIds}
          error={fieldError(fields, 'cohortIds')}
        />
        <OrganiserPicker
          organisers={organisers}
          onChange={setOrganisers}
          error={fieldError(fields, 'organiserIds')}
        />
        <TimeZoneSelect
          id="series-timezone"
          label={t('meetups.newSeries.timezone')}
          hint={t('meetups.newSeries.timezoneHint')}
          value={timezone}
          onChange={setTimezone}
          error={fields.defaultTimezone}
        />
        <FormField
          id="series-venue"
          label={t('meetups.newSeries.venue')}
          hint={t('meetups.newSeries.venueHint')}
          maxLength={200}
          value={venue}
          onChange={(event) => setVenue(event.target.value)}
          error={fields.defaultVenue}
        />
        <FormField
          id="series-online"
          label={t('meetups.newSeries.online')}
          hint={t('meetups.form.onlineHint')}
          type="url"
          inputMode="url"
          value={onlineUrl}
          onChange={(event) => setOnlineUrl(event.target.value)}
          error={fields.defaultOnlineUrl}
        />
        {message && <Alert tone="error">{message}</Alert>}
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={create.isPending}>
            {t(create.isPending ? 'meetups.newSeries.creating' : 'meetups.newSeries.create')}
          </button>
          <Link to="/meetups">{t('meetups.form.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}

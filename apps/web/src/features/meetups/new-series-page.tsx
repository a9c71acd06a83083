import type { AccountMember } from '@praxis/contracts/members';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { fieldError, formErrors } from '../../components/form-errors.ts';
import { FormField, TextAreaField } from '../../components/form-field.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { viewerZone } from '../../lib/zoned-time.ts';
import { useCreateSeries } from './api/create-series.ts';
import { CohortCheckboxes } from './components/cohort-checkboxes.tsx';
import { OrganiserPicker, type PickedPerson } from './components/organiser-picker.tsx';
import { isCommonZone, TimeZoneSelect } from './components/time-zone-select.tsx';
import { numberFrom } from './number-input.ts';

export function NewSeriesPage({ member }: { member: AccountMember }) {
  useDocumentTitle('New meetup series');
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
        <Link to="/meetups">Meetups</Link>
      </p>
      <h1>New meetup series</h1>
      <p className="lead">
        A series is a meetup that comes back, such as the six-monthly exchange of all alumni.
      </p>
      <form onSubmit={submit} noValidate className="meetup-form">
        <FormField
          id="series-name"
          label="Name"
          hint="For example “Inter-Transfo exchange”."
          maxLength={120}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fields.name}
        />
        <TextAreaField
          id="series-description"
          label="Description"
          hint="What the meetups are for and how they run. Markdown works."
          rows={6}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fields.description}
        />
        <div className="field-pair">
          <FormField
            id="series-cadence"
            label="Cadence (months)"
            hint="How often the network meets."
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
            label="Default length (minutes)"
            hint="180 is three hours."
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
          label="Default time zone"
          hint="Where the meetups usually take place; members see times in their own zone too."
          value={timezone}
          onChange={setTimezone}
          error={fields.defaultTimezone}
        />
        <FormField
          id="series-venue"
          label="Default venue"
          hint="An address, or leave it empty for online meetups."
          maxLength={200}
          value={venue}
          onChange={(event) => setVenue(event.target.value)}
          error={fields.defaultVenue}
        />
        <FormField
          id="series-online"
          label="Default online link"
          hint="A video call link starting with https://, if people can join online."
          type="url"
          inputMode="url"
          value={onlineUrl}
          onChange={(event) => setOnlineUrl(event.target.value)}
          error={fields.defaultOnlineUrl}
        />
        {message && <Alert tone="error">{message}</Alert>}
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create series'}
          </button>
          <Link to="/meetups">Cancel</Link>
        </div>
      </form>
    </section>
  );
}

import type { SeriesDetail } from '@praxis/contracts/meetups';
import type { SlotInput } from '@praxis/contracts/zoned-time';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField, TextAreaField } from '../../components/form-field.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSeries } from './api/get-series.ts';
import { useSuggestedSlots } from './api/get-suggested-slots.ts';
import { useProposeMeetup } from './api/propose-meetup.ts';
import {
  nextSlotRow,
  type SlotRow,
  SlotRows,
  slotInputFrom,
  slotRowFrom,
} from './components/slot-rows.tsx';
import { optionalNumberFrom } from './number-input.ts';

const SEASONS = [
  'winter',
  'winter',
  'spring',
  'spring',
  'spring',
  'summer',
  'summer',
  'summer',
  'autumn',
  'autumn',
  'autumn',
  'winter',
];

/** "Inter-Transfo — spring 2027", from the first candidate date (or today). */
export function suggestedTitle(seriesName: string, firstDay: string | undefined): string {
  const day = firstDay ? new Date(`${firstDay}T12:00:00Z`) : new Date();
  return `${seriesName} — ${SEASONS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

export function ProposeMeetupPage() {
  const { id = '' } = useParams();
  const series = useSeries(id);
  const suggested = useSuggestedSlots(id);
  useDocumentTitle('Propose a meetup');

  const back = (
    <p className="back-link">
      <Link to={`/meetups/series/${id}`}>{series.data?.name ?? 'The series'}</Link>
    </p>
  );
  if (series.isError) {
    return (
      <section className="page narrow">
        {back}
        <h1>Propose a meetup</h1>
        <Alert tone="error">{formErrors(series.error).message}</Alert>
      </section>
    );
  }
  if (series.isPending || suggested.isPending) {
    return (
      <p className="loading" role="status">
        Finding dates in the window the series is due…
      </p>
    );
  }
  if (!series.data.canManage) {
    return (
      <section className="page narrow">
        {back}
        <h1>Propose a meetup</h1>
        <p>Only the organisers of {series.data.name} propose its meetups.</p>
      </section>
    );
  }
  return (
    <section className="page">
      {back}
      <h1>Propose a meetup</h1>
      <p className="lead">
        Offer a few candidate dates. Invitees vote on them; you then pick the date, and everyone is
        told.
      </p>
      <ProposeForm series={series.data} suggested={suggested.data?.slots ?? []} />
    </section>
  );
}

function ProposeForm({ series, suggested }: { series: SeriesDetail; suggested: SlotInput[] }) {
  const navigate = useNavigate();
  const propose = useProposeMeetup();
  const [rows, setRows] = useState<SlotRow[]>(() => {
    const fromServer = suggested.map(slotRowFrom);
    while (fromServer.length < 2) fromServer.push(nextSlotRow(fromServer, series.defaultTimezone));
    return fromServer;
  });
  const [title, setTitle] = useState(() => suggestedTitle(series.name, rows[0]?.date));
  const [description, setDescription] = useState('');
  const [venue, setVenue] = useState(series.defaultVenue);
  const [onlineUrl, setOnlineUrl] = useState(series.defaultOnlineUrl);
  const [capacity, setCapacity] = useState('');
  const { message, fields } = formErrors(propose.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    propose.mutate(
      {
        seriesId: series.id,
        title,
        description,
        venue,
        onlineUrl: onlineUrl.trim(),
        capacity: optionalNumberFrom(capacity),
        slots: rows.map(slotInputFrom),
      },
      { onSuccess: (meetup) => navigate(`/meetups/${meetup.id}`) },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="meetup-form propose-form">
      <div className="narrow-fields">
        <FormField
          id="meetup-title"
          label="Title"
          maxLength={160}
          required
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fields.title}
        />
        <TextAreaField
          id="meetup-description"
          label="Description"
          hint="What this edition is about, who it is for, what to bring. Markdown works."
          rows={5}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fields.description}
        />
        <FormField
          id="meetup-venue"
          label="Venue"
          hint="An address; leave it empty for an online meetup."
          maxLength={200}
          value={venue}
          onChange={(event) => setVenue(event.target.value)}
          error={fields.venue}
        />
        <FormField
          id="meetup-online"
          label="Online link"
          hint="A video call link starting with https://, if people can join online."
          type="url"
          inputMode="url"
          value={onlineUrl}
          onChange={(event) => setOnlineUrl(event.target.value)}
          error={fields.onlineUrl}
        />
        <FormField
          id="meetup-capacity"
          label="Capacity (seats)"
          hint="Leave it empty for no limit. Beyond it, people who say “going” join a waitlist."
          type="number"
          inputMode="numeric"
          min={1}
          value={capacity}
          onChange={(event) => setCapacity(event.target.value)}
          error={fields.capacity}
        />
      </div>
      <SlotRows
        rows={rows}
        onChange={setRows}
        defaultZone={series.defaultTimezone}
        fields={fields}
      />
      {message && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={propose.isPending}>
          {propose.isPending ? 'Proposing…' : 'Propose meetup'}
        </button>
        <Link to={`/meetups/series/${series.id}`}>Cancel</Link>
      </div>
    </form>
  );
}

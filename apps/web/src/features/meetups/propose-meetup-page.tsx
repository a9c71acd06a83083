import type { SeriesDetail } from '@praxis/contracts/meetups';
import type { SlotInput } from '@praxis/contracts/zoned-time';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { FormField, TextAreaField } from '../../components/form-field.tsx';
import { type TFunction, useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSeries } from './api/get-series.ts';
import { useSuggestedSlots } from './api/get-suggested-slots.ts';
import { useProposeMeetup } from './api/propose-meetup.ts';
import { deadlineFromInput, PollDeadlineField } from './components/poll-deadline.tsx';
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
export function suggestedTitle(
  t: TFunction,
  seriesName: string,
  firstDay: string | undefined,
): string {
  const day = firstDay ? new Date(`${firstDay}T12:00:00Z`) : new Date();
  return t('meetups.propose.suggestedTitle', {
    series: seriesName,
    season: SEASONS[day.getUTCMonth()],
    // A year is a name, not a quantity: no grouping separator ("2 027").
    year: String(day.getUTCFullYear()),
  });
}

export function ProposeMeetupPage() {
  const { id = '' } = useParams();
  const series = useSeries(id);
  const suggested = useSuggestedSlots(id);
  const t = useT();
  useDocumentTitle(t('meetups.propose.title'));

  const back = (
    <p className="back-link">
      <Link to={`/meetups/series/${id}`}>
        {series.data?.name ?? t('meetups.propose.theSeries')}
      </Link>
    </p>
  );
  if (series.isError) {
    return (
      <section className="page narrow">
        {back}
        <h1>{t('meetups.propose.title')}</h1>
        <Alert tone="error">{formErrors(series.error).message}</Alert>
      </section>
    );
  }
  if (series.isPending || suggested.isPending) {
    return (
      <p className="loading" role="status">
        {t('meetups.propose.loading')}
      </p>
    );
  }
  if (!series.data.canManage) {
    return (
      <section className="page narrow">
        {back}
        <h1>{t('meetups.propose.title')}</h1>
        <p>{t('meetups.propose.onlyOrganisers', { name: series.data.name })}</p>
      </section>
    );
  }
  return (
    <section className="page">
      {back}
      <h1>{t('meetups.propose.title')}</h1>
      <p className="lead">{t('meetups.propose.lead')}</p>
      <ProposeForm series={series.data} suggested={suggested.data?.slots ?? []} />
    </section>
  );
}

function ProposeForm({ series, suggested }: { series: SeriesDetail; suggested: SlotInput[] }) {
  const navigate = useNavigate();
  const t = useT();
  const propose = useProposeMeetup();
  const [rows, setRows] = useState<SlotRow[]>(() => {
    const fromServer = suggested.map(slotRowFrom);
    while (fromServer.length < 2) fromServer.push(nextSlotRow(fromServer, series.defaultTimezone));
    return fromServer;
  });
  const [title, setTitle] = useState(() => suggestedTitle(t, series.name, rows[0]?.date));
  const [description, setDescription] = useState('');
  const [venue, setVenue] = useState(series.defaultVenue);
  const [onlineUrl, setOnlineUrl] = useState(series.defaultOnlineUrl);
  const [capacity, setCapacity] = useState('');
  const [closesAt, setClosesAt] = useState('');
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
        pollClosesAt: deadlineFromInput(closesAt),
      },
      { onSuccess: (meetup) => navigate(`/meetups/${meetup.id}`) },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="meetup-form propose-form">
      <div className="narrow-fields">
        <FormField
          id="meetup-title"
          label={t('meetups.form.title')}
          maxLength={160}
          required
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fields.title}
        />
        <TextAreaField
          id="meetup-description"
          label={t('meetups.form.description')}
          hint={t('meetups.propose.descriptionHint')}
          rows={5}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fields.description}
        />
        <FormField
          id="meetup-venue"
          label={t('meetups.form.venue')}
          hint={t('meetups.propose.venueHint')}
          maxLength={200}
          value={venue}
          onChange={(event) => setVenue(event.target.value)}
          error={fields.venue}
        />
        <FormField
          id="meetup-online"
          label={t('meetups.form.onlineLink')}
          hint={t('meetups.form.onlineHint')}
          type="url"
          inputMode="url"
          value={onlineUrl}
          onChange={(event) => setOnlineUrl(event.target.value)}
          error={fields.onlineUrl}
        />
        <FormField
          id="meetup-capacity"
          label={t('meetups.form.capacity')}
          hint={t('meetups.propose.capacityHint')}
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
      <div className="narrow-fields">
        <PollDeadlineField
          id="meetup-poll-closes"
          value={closesAt}
          onChange={setClosesAt}
          error={fields.pollClosesAt}
        />
      </div>
      {message && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={propose.isPending}>
          {t(propose.isPending ? 'meetups.propose.proposing' : 'meetups.propose.submit')}
        </button>
        <Link to={`/meetups/series/${series.id}`}>{t('meetups.form.cancel')}</Link>
      </div>
    </form>
  );
}

import type { MeetupDetail, MeetupUpdateBody } from '@praxis/contracts/meetups';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField, TextAreaField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { wallClockIn } from '../../../lib/zoned-time.ts';
import { useUpdateMeetup } from '../api/update-meetup.ts';
import { optionalNumberFrom } from '../number-input.ts';
import { deadlineFromInput, deadlineInput, PollDeadlineField } from './poll-deadline.tsx';
import { type SlotRow, slotInputFrom } from './slot-rows.tsx';
import { TimeZoneSelect } from './time-zone-select.tsx';

function whenRow(meetup: MeetupDetail): SlotRow | null {
  if (!meetup.startsAt || !meetup.endsAt) return null;
  const start = wallClockIn(meetup.startsAt, meetup.timezone);
  const end = wallClockIn(meetup.endsAt, meetup.timezone);
  return {
    key: 0,
    date: start.date,
    starts: start.time,
    ends: end.time,
    timezone: meetup.timezone,
  };
}

/**
 * The organisers change a meetup's details; moving a scheduled one tells its attendees. A move to
 * a start that has passed is refused by the API until the organiser confirms it here.
 */
export function MeetupEditForm({ meetup, onDone }: { meetup: MeetupDetail; onDone(): void }) {
  const t = useT();
  const update = useUpdateMeetup();
  const [title, setTitle] = useState(meetup.title);
  const [description, setDescription] = useState(meetup.descriptionSource);
  const [venue, setVenue] = useState(meetup.venue);
  const [onlineUrl, setOnlineUrl] = useState(meetup.onlineUrl);
  const [capacity, setCapacity] = useState(meetup.capacity === null ? '' : String(meetup.capacity));
  const initialClosesAt = deadlineInput(meetup.poll.closesAt);
  const [closesAt, setClosesAt] = useState(initialClosesAt);
  const initialWhen = whenRow(meetup);
  const [when, setWhen] = useState(initialWhen);
  const { message, fields } = formErrors(update.error);
  const intoPast = fields.moveIntoPast !== undefined;
  const moved =
    when !== null &&
    initialWhen !== null &&
    JSON.stringify(slotInputFrom(when)) !== JSON.stringify(slotInputFrom(initialWhen));

  function submit(event: FormEvent) {
    event.preventDefault();
    const change: MeetupUpdateBody = {
      title,
      description,
      venue,
      onlineUrl: onlineUrl.trim(),
      capacity: optionalNumberFrom(capacity),
      ...(moved && when ? { when: slotInputFrom(when) } : {}),
      ...(moved && intoPast ? { moveIntoPast: true } : {}),
      ...(closesAt === initialClosesAt ? {} : { pollClosesAt: deadlineFromInput(closesAt) }),
    };
    update.mutate({ id: meetup.id, ...change }, { onSuccess: onDone });
  }

  const whenError = (name: string) => fields[`when.${name}`];
  // Another date is another question: the confirmation was for the one refused.
  const changeWhen = (next: SlotRow) => {
    update.reset();
    setWhen(next);
  };
  return (
    <form onSubmit={submit} noValidate className="meetup-form edit-form">
      <h2>{t('meetups.edit.heading')}</h2>
      <FormField
        id="edit-meetup-title"
        label={t('meetups.form.title')}
        maxLength={160}
        required
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fields.title}
      />
      <TextAreaField
        id="edit-meetup-description"
        label={t('meetups.form.description')}
        hint={t('meetups.form.markdownWorks')}
        rows={5}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={fields.description}
      />
      <div className="field-pair">
        <FormField
          id="edit-meetup-venue"
          label={t('meetups.form.venue')}
          maxLength={200}
          value={venue}
          onChange={(event) => setVenue(event.target.value)}
          error={fields.venue}
        />
        <FormField
          id="edit-meetup-online"
          label={t('meetups.form.onlineLink')}
          type="url"
          inputMode="url"
          value={onlineUrl}
          onChange={(event) => setOnlineUrl(event.target.value)}
          error={fields.onlineUrl}
        />
      </div>
      <FormField
        id="edit-meetup-capacity"
        label={t('meetups.form.capacity')}
        hint={t('meetups.edit.capacityHint')}
        type="number"
        inputMode="numeric"
        min={1}
        value={capacity}
        onChange={(event) => setCapacity(event.target.value)}
        error={fields.capacity}
      />
      {meetup.status === 'proposed' && (
        <PollDeadlineField
          id="edit-meetup-poll-closes"
          value={closesAt}
          onChange={setClosesAt}
          error={fields.pollClosesAt}
        />
      )}
      {when && (
        <fieldset className="move-fields">
          <legend>{t('meetups.edit.when')}</legend>
          <p className="field-hint">{t('meetups.edit.moveHint')}</p>
          <div className="slot-row">
            <FormField
              id="edit-meetup-date"
              label={t('meetups.form.date')}
              type="date"
              value={when.date}
              onChange={(event) => changeWhen({ ...when, date: event.target.value })}
              error={whenError('startsAt')}
            />
            <FormField
              id="edit-meetup-starts"
              label={t('meetups.form.starts')}
              type="time"
              step={300}
              value={when.starts}
              onChange={(event) => changeWhen({ ...when, starts: event.target.value })}
            />
            <FormField
              id="edit-meetup-ends"
              label={t('meetups.form.ends')}
              type="time"
              step={300}
              value={when.ends}
              onChange={(event) => changeWhen({ ...when, ends: event.target.value })}
              error={whenError('endsAt')}
            />
            <TimeZoneSelect
              id="edit-meetup-zone"
              label={t('meetups.form.timeZone')}
              value={when.timezone}
              onChange={(timezone) => changeWhen({ ...when, timezone })}
              error={whenError('timezone')}
            />
          </div>
        </fieldset>
      )}
      {intoPast ? (
        <Alert tone="error">
          <p>
            <strong>{message}</strong>
          </p>
          <p>{t('meetups.edit.intoPast')}</p>
        </Alert>
      ) : (
        message && <Alert tone="error">{message}</Alert>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {t(
            update.isPending
              ? 'meetups.form.saving'
              : intoPast
                ? 'meetups.edit.moveIntoPast'
                : moved
                  ? 'meetups.edit.saveAndTell'
                  : 'meetups.edit.save',
          )}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('meetups.form.cancel')}
        </button>
      </div>
    </form>
  );
}

import type { SlotInput } from '@praxis/contracts/zoned-time';
import { msg } from '@praxis/i18n/message-ref';
import { DateTime } from 'luxon';
import { AppError } from '../../app-error.ts';

// Meetup times are kept as UTC instants beside the IANA zone they happen in. People enter and
// read them as wall-clock times in that zone, so this is the one place that converts, DST
// included.

const LOCAL = "yyyy-MM-dd'T'HH:mm";

/**
 * The UTC instant of a wall-clock time in a zone. A time the clocks skip (02:30 on the night
 * summer time starts) does not exist there and is refused, rather than silently moved.
 */
export function toInstant(local: string, zone: string, field: string): Date {
  const time = DateTime.fromFormat(local, LOCAL, { zone });
  if (!time.isValid || time.toFormat(LOCAL) !== local) {
    throw new AppError(
      'invalid',
      msg('errors.meetups.timeSkipped', { time: local.replace('T', ' '), zone }),
      { fields: { [field]: msg('errors.meetups.timeSkippedField') } },
    );
  }
  return time.toJSDate();
}

/** A slot's start and end as instants; refuses an end that is not after the start. */
export function slotInstants(slot: SlotInput, field: string) {
  const startsAt = toInstant(slot.startsAt, slot.timezone, `${field}.startsAt`);
  const endsAt = toInstant(slot.endsAt, slot.timezone, `${field}.endsAt`);
  if (endsAt <= startsAt) {
    throw new AppError('invalid', msg('errors.meetups.endsBeforeStart'), {
      fields: { [`${field}.endsAt`]: msg('errors.meetups.endsBeforeStartField') },
    });
  }
  return { startsAt, endsAt, timezone: slot.timezone };
}

/** The wall-clock time of an instant in a zone, as forms show it. */
export function toLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat(LOCAL);
}

/** The day a series' next meetup is due: the last one's start plus the cadence, in its zone. */
export function nextDueOn(
  lastStart: Date | null,
  cadenceMonths: number,
  zone: string,
  today: Date,
): string {
  if (!lastStart) return DateTime.fromJSDate(today, { zone }).toISODate() ?? '';
  return DateTime.fromJSDate(lastStart, { zone }).plus({ months: cadenceMonths }).toISODate() ?? '';
}

/**
 * Candidate slots around the due day for the date poll: the Thursday of the due week and the
 * Thursdays either side, at 14:00 local for the series' usual length; an overdue series gets
 * the first three Thursdays from two weeks on, time enough to invite people.
 */
export function suggestSlots(
  dueOn: string,
  zone: string,
  durationMinutes: number,
  today: Date,
): SlotInput[] {
  const due = DateTime.fromISO(dueOn, { zone });
  const thursday = due.set({ weekday: 4, hour: 14, minute: 0, second: 0, millisecond: 0 });
  const earliest = DateTime.fromJSDate(today, { zone }).plus({ days: 14 });
  let first = thursday.minus({ weeks: 1 });
  while (first < earliest) first = first.plus({ weeks: 1 });
  const slots: SlotInput[] = [];
  for (let week = 0; week < 3; week += 1) {
    const start = first.plus({ weeks: week });
    const end = start.plus({ minutes: durationMinutes });
    slots.push({ startsAt: start.toFormat(LOCAL), endsAt: end.toFormat(LOCAL), timezone: zone });
  }
  return slots;
}

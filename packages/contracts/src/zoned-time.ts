import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';

// Times as people give them: a wall-clock time in a named zone.

/** An IANA time zone name that this runtime knows, such as Europe/Sarajevo. */
export const TimeZone = z
  .string({ error: msg('validation.zonedTime.timeZoneRequired') })
  .trim()
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return zone.includes('/') || zone === 'UTC';
      } catch {
        return false;
      }
    },
    { error: msg('validation.zonedTime.timeZoneUnknown') },
  );

/** A wall-clock time in a meetup's own zone, as a form gives it: 2027-03-26T18:00. */
export const LocalDateTime = z
  .string({ error: msg('validation.zonedTime.dateTimeRequired') })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
    error: msg('validation.zonedTime.dateTimeFormat'),
  })
  .refine(
    (value) => {
      // A calendar date that exists (no 30 February, no hour 25), in a sensible range of years.
      const year = Number(value.slice(0, 4));
      const date = new Date(`${value}:00Z`);
      return (
        year >= 2000 &&
        year <= 2200 &&
        !Number.isNaN(date.getTime()) &&
        date.toISOString().slice(0, 16) === value
      );
    },
    { error: msg('validation.zonedTime.dateTimeInvalid') },
  );

export const SlotInput = z
  .object({ startsAt: LocalDateTime, endsAt: LocalDateTime, timezone: TimeZone })
  .refine((slot) => slot.endsAt > slot.startsAt, {
    path: ['endsAt'],
    error: msg('validation.zonedTime.slotOrder'),
  });
export type SlotInput = z.infer<typeof SlotInput>;

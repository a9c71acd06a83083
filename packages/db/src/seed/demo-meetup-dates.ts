// The demo's meetups are written as wall-clock times in their own zone, in weeks from today, and
// stored as UTC instants, as the meetups module stores them. This package has no date library, so
// the zone's offset is read from Intl for each date: +01:00 in a Paris winter, +02:00 in summer.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/**
 * A calendar day, held as UTC midnight of that date, so that adding days never meets a change of
 * clocks. Only `zonedInstant` turns it into a real instant.
 */
export type CalendarDay = Date;

/** Today's date in a zone. */
export function todayIn(now: Date, zone: string): CalendarDay {
  const parts = wallClock(now, zone);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/** The ISO weekday (1 Monday … 7 Sunday) of the week `weeks` after the one `today` is in. */
export function weekdayOf(today: CalendarDay, weeks: number, weekday: number): CalendarDay {
  const monday = today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday + (weeks * 7 + weekday - 1) * DAY);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return new Date(day.getTime() + days * DAY);
}

/**
 * Between Christmas and New Year and in the August break no network meets, and a demo that
 * schedules one then looks careless whatever day it is seeded on.
 */
export function inHolidays(day: CalendarDay): boolean {
  const monthDay = day.toISOString().slice(5, 10);
  return monthDay >= '12-20' || monthDay <= '01-06' || (monthDay >= '07-20' && monthDay <= '08-25');
}

/**
 * The UTC instant of a wall-clock time (`18:00`) on a day in a zone. The offset is looked up at
 * the instant first guessed and then at the result, which settles it on either side of a change
 * of clocks; a time the clocks skip does not exist, and is refused like the API refuses it.
 */
export function zonedInstant(day: CalendarDay, time: string, zone: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`the demo meetups give the time "${time}", not HH:MM`);
  const wall = day.getTime() + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  const guess = wall - offsetMinutes(new Date(wall), zone) * 60_000;
  const instant = new Date(wall - offsetMinutes(new Date(guess), zone) * 60_000);
  const local = `${day.toISOString().slice(0, 10)}T${time}`;
  if (localTime(instant, zone) !== local) {
    throw new Error(`${local} does not exist in ${zone}: the clocks change then`);
  }
  return instant;
}

/** An instant as the wall-clock time of a zone: 2027-01-07T18:00. */
export function localTime(instant: Date, zone: string): string {
  const { year, month, day, hour, minute } = wallClock(instant, zone);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`;
}

/** Minutes the zone's clocks are ahead of UTC at an instant. */
function offsetMinutes(instant: Date, zone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(instant, zone);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((asIfUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

function wallClock(instant: Date, zone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** A candidate date, with its offset in days from the meetup's day. */
export interface SlotTimes {
  offset: number;
  startsAt: Date;
  endsAt: Date;
}

export interface MeetupTimes {
  slots: SlotTimes[];
  /** The slot it is held on (offset 0); none while its poll is open. */
  held: SlotTimes | undefined;
  /** When its poll opened, when the date was chosen, and the last moment anyone answered. */
  opened: Date;
  scheduledAt: Date | null;
  lastAnswer: Date;
}

/**
 * Where a meetup falls, counted from today in its own zone, and the life it has had so far: the
 * poll opened, then closed on the chosen date, then people answered until the day before. A date
 * in the holidays moves the whole poll a week at a time away from today, so that past meetups
 * stay past and those ahead stay ahead.
 */
export function meetupTimes(
  when: { weeksFromNow: number; weekday: number; days: number[]; from: string; to: string },
  zone: string,
  open: boolean,
  now: Date,
): MeetupTimes {
  const anchor = weekdayOf(todayIn(now, zone), when.weeksFromNow, when.weekday);
  const away = when.weeksFromNow < 0 ? -1 : 1;
  let shift = 0;
  while (when.days.some((day) => inHolidays(addDays(anchor, day + shift * 7)))) shift += away;
  const slots = when.days.map((offset) => {
    const day = addDays(anchor, offset + shift * 7);
    return {
      offset,
      startsAt: zonedInstant(day, when.from, zone),
      endsAt: zonedInstant(day, when.to, zone),
    };
  });
  const held = open ? undefined : slots.find((slot) => slot.offset === 0);
  const start = held?.startsAt.getTime();
  return {
    slots,
    held,
    opened: new Date(
      start === undefined
        ? now.getTime() - 2 * DAY
        : Math.min(start - 9 * WEEK, now.getTime() - 5 * WEEK),
    ),
    scheduledAt:
      start === undefined ? null : new Date(Math.min(start - 6 * WEEK, now.getTime() - 12 * DAY)),
    lastAnswer: new Date(
      Math.min(start === undefined ? Infinity : start - DAY, now.getTime() - HOUR),
    ),
  };
}

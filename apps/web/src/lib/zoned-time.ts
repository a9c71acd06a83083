// Meetups happen in a time zone of their own (Europe/Paris) and are read by members in theirs.
// The API sends UTC instants beside the meetup's IANA zone and takes wall-clock times in that
// zone; these turn one into the other with the browser's Intl, which knows the DST rules.
// Dates are written the British way ("Thu 26 March 2027, 18:00"), like the rest of Praxis,
// and built from parts so that every browser writes them the same.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

function partsOf(iso: string, zone: string, month: 'long' | 'short') {
  const parts = formatter(zone, {
    weekday: 'short',
    day: 'numeric',
    month,
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    day: `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** The browser's own zone, such as Europe/Sarajevo. */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "Thu 26 March 2027" in the zone. */
export function dayIn(iso: string, zone: string, month: 'long' | 'short' = 'long'): string {
  return partsOf(iso, zone, month).day;
}

/** "18:00" in the zone. */
export function timeIn(iso: string, zone: string): string {
  return partsOf(iso, zone, 'short').time;
}

/** "Thu 26 Mar 2027, 18:00": a moment short enough to name a button or a poll column. */
export function momentIn(iso: string, zone: string): string {
  const { day, time } = partsOf(iso, zone, 'short');
  return `${day}, ${time}`;
}

/**
 * "Thu 26 March 2027, 18:00–21:00", or with both days when it ends on another one
 * ("Fri 1 October 2027, 18:00 – Sat 2 October 2027, 02:00").
 */
export function rangeIn(startIso: string, endIso: string, zone: string): string {
  const start = partsOf(startIso, zone, 'long');
  const end = partsOf(endIso, zone, 'long');
  if (start.day === end.day) return `${start.day}, ${start.time}–${end.time}`;
  return `${start.day}, ${start.time} – ${end.day}, ${end.time}`;
}

/** The wall-clock date and time of an instant in a zone, as date and time inputs take them. */
export function wallClockIn(iso: string, zone: string): { date: string; time: string } {
  const parts = formatter(zone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** Whether two zones show the same wall-clock times for these instants (Paris and Brussels). */
export function sameWallClock(isos: string[], zone: string, otherZone: string): boolean {
  return isos.every((iso) => {
    const here = wallClockIn(iso, zone);
    const there = wallClockIn(iso, otherZone);
    return here.date === there.date && here.time === there.time;
  });
}

/** "12 September 2027" for a plain date such as a series' next due day. */
export function plainDate(isoDate: string): string {
  return formatter('UTC', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

// Meetups happen in a time zone of their own (Europe/Paris) and are read by members in theirs.
// The API sends UTC instants beside the meetup's IANA zone and takes wall-clock times in that
// zone; these turn one into the other with the browser's Intl, which knows the DST rules.
// English keeps Praxis's British dates ("Thu 26 March 2027, 18:00"), built from parts so that
// every browser writes them the same (newer CLDR puts a comma after the weekday, older did
// not); every other language is written in its own CLDR patterns, in the reader's `locale`.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  locale: string,
  zone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

type Month = 'long' | 'short';

const dayOptions = (month: Month): Intl.DateTimeFormatOptions => ({
  weekday: 'short',
  day: 'numeric',
  month,
  year: 'numeric',
});
const timeOptions: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** English, and the pseudo-locale built on it, are written the British way. */
const british = (locale: string) => locale === 'en' || locale.startsWith('en-');

function britishParts(iso: string, zone: string, month: Month) {
  const parts = formatter('en-GB', zone, { ...dayOptions(month), ...timeOptions }).formatToParts(
    new Date(iso),
  );
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

/** "Thu 26 March 2027" in the zone; "jeu. 26 mars 2027" in French. */
export function dayIn(iso: string, zone: string, locale: string, month: Month = 'long'): string {
  if (british(locale)) return britishParts(iso, zone, month).day;
  return formatter(locale, zone, dayOptions(month)).format(new Date(iso));
}

/** "18:00" in the zone. */
export function timeIn(iso: string, zone: string, locale: string): string {
  if (british(locale)) return britishParts(iso, zone, 'short').time;
  return formatter(locale, zone, timeOptions).format(new Date(iso));
}

/** "18:00–21:00" in the zone, even when the end falls on the next day. */
export function timesIn(startIso: string, endIso: string, zone: string, locale: string): string {
  const start = timeIn(startIso, zone, locale);
  const end = timeIn(endIso, zone, locale);
  if (british(locale)) return `${start}–${end}`;
  // A range across midnight would name both dates; the times alone are what is asked for.
  if (wallClockIn(startIso, zone).date !== wallClockIn(endIso, zone).date) {
    return `${start} – ${end}`;
  }
  return formatter(locale, zone, timeOptions).formatRange(new Date(startIso), new Date(endIso));
}

/** "Thu 26 Mar 2027, 18:00": a moment short enough to name a button or a poll column. */
export function momentIn(iso: string, zone: string, locale: string): string {
  if (british(locale)) {
    const { day, time } = britishParts(iso, zone, 'short');
    return `${day}, ${time}`;
  }
  return formatter(locale, zone, { ...dayOptions('short'), ...timeOptions }).format(new Date(iso));
}

/**
 * "Thu 26 March 2027, 18:00–21:00", or with both days when it ends on another one
 * ("Fri 1 October 2027, 18:00 – Sat 2 October 2027, 02:00").
 */
export function rangeIn(startIso: string, endIso: string, zone: string, locale: string): string {
  if (!british(locale)) {
    return formatter(locale, zone, { ...dayOptions('long'), ...timeOptions }).formatRange(
      new Date(startIso),
      new Date(endIso),
    );
  }
  const start = britishParts(startIso, zone, 'long');
  const end = britishParts(endIso, zone, 'long');
  if (start.day === end.day) return `${start.day}, ${start.time}–${end.time}`;
  return `${start.day}, ${start.time} – ${end.day}, ${end.time}`;
}

/** The wall-clock date and time of an instant in a zone, as date and time inputs take them. */
export function wallClockIn(iso: string, zone: string): { date: string; time: string } {
  const parts = formatter('en-GB', zone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...timeOptions,
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
export function plainDate(isoDate: string, locale: string): string {
  return formatter(british(locale) ? 'en-GB' : locale, 'UTC', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

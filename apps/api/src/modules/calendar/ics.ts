/** One meetup as a calendar application should show it. */
export interface CalendarEvent {
  /** Stays the same for the meetup's whole life, so an update replaces the event it sent. */
  uid: string;
  /** Goes up with every change; a calendar ignores a copy whose number is not higher. */
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED';
  startsAt: Date;
  endsAt: Date | null;
  lastModified: Date;
  summary: string;
  description: string;
  location: string;
  url: string;
  /** An invitation's sender and the member it is for (METHOD:REQUEST or CANCEL). */
  organizer?: { name: string; email: string };
  attendee?: string;
}

export interface Calendar {
  /** Shown as the calendar's name by applications that subscribe to a feed. */
  name: string;
  events: CalendarEvent[];
  /** DTSTAMP: when this copy of the calendar was made. */
  now: Date;
  /**
   * PUBLISH (the default) announces, as the file and the feed do; REQUEST invites and CANCEL
   * calls off (RFC 5546), as a mail to one member does.
   */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
}

const encoder = new TextEncoder();
// biome-ignore lint/suspicious/noControlCharactersInRegex: TEXT allows no control but HTAB.
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * An RFC 5545 iCalendar object. Times are written in UTC (the form 5545 §3.3.5 allows without a
 * VTIMEZONE), which every calendar shows in the reader's own zone. METHOD:PUBLISH unless told,
 * because the file and the feed announce events rather than invite: a cancelled meetup stays in
 * the feed with STATUS:CANCELLED so subscribed calendars drop it.
 */
export function writeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Praxis//Meetups//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${calendar.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n').concat('\r\n');
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART:${utcDateTime(event.startsAt)}`,
    ...(event.endsAt ? [`DTEND:${utcDateTime(event.endsAt)}`] : []),
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `LAST-MODIFIED:${utcDateTime(event.lastModified)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    // A URI value is not TEXT: escaping its commas would change the address.
    `URL:${event.url.replace(/[\r\n]/g, '')}`,
    ...(event.organizer
      ? [`ORGANIZER;CN="${paramText(event.organizer.name)}":mailto:${event.organizer.email}`]
      : []),
    // RSVP=FALSE: answers are given in Praxis, not mailed back to the organizer's address.
    ...(event.attendee
      ? [`ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${event.attendee}`]
      : []),
    'END:VEVENT',
  ];
}

/** 20300314T170000Z: DATE-TIME in UTC, to the second (5545 has no fractions). */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * A TEXT value (5545 §3.3.11): backslash, semicolon and comma escaped, any line break as \n.
 * Other control characters are not allowed in TEXT at all, so they are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(FORBIDDEN_IN_TEXT, '');
}

/** A quoted parameter value (5545 §3.2): no double quotes or control characters in it. */
function paramText(value: string): string {
  return value.replace(/"/g, "'").replace(FORBIDDEN_IN_TEXT, '');
}

/**
 * Folds a content line into lines of at most 75 octets (5545 §3.1), each continuation starting
 * with a space. Splits only between characters, never inside one's UTF-8 bytes or between the
 * halves of a surrogate pair.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line has 75 octets to itself; a continuation's leading space takes one.
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

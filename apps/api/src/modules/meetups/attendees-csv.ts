import type { Locale } from '@praxis/i18n/locales';
import { type Translate, translator } from '@praxis/i18n/translate';
import { asciiFileName } from '../../file-names.ts';

const ORDER = ['going', 'waitlisted', 'maybe', 'not_going'] as const;

/** One answer as the organisers' spreadsheet lists it. */
export interface AttendeeRow {
  name: string;
  email: string;
  organisation: string;
  status: (typeof ORDER)[number];
  since: Date;
}

/**
 * The spreadsheet of a meetup's answers and its file name, in the language of the organiser who
 * downloads it: column names, answers and the file name's words from the server catalog.
 */
export function attendeesFile(meetupTitle: string, rows: AttendeeRow[], locale: Locale) {
  const t = translator(locale);
  const meetup = asciiFileName(
    meetupTitle,
    asciiFileName(t('exports.attendees.fileMeetup'), 'meetup'),
  );
  const attendees = asciiFileName(t('exports.attendees.fileAttendees'), 'attendees');
  return { filename: `${meetup}-${attendees}.csv`, csv: attendeesCsv(rows, t) };
}

/**
 * UTF-8 says so in its first bytes: without the byte-order mark, Excel opens the file as the
 * system's code page and "Delić" reads "DeliÄ‡".
 */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * RFC 4180 CSV: quoted cells, CRLF rows, after a byte-order mark. A cell that a spreadsheet
 * would read as a formula (=, +, -, @ first) gets a leading apostrophe, so a member's name
 * cannot run in it.
 */
function attendeesCsv(rows: AttendeeRow[], t: Translate): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${safe.replaceAll('"', '""')}"`;
  };
  const sorted = [...rows].sort(
    (a, b) =>
      ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.since.getTime() - b.since.getTime(),
  );
  const lines = [
    [
      t('exports.attendees.name'),
      t('exports.attendees.email'),
      t('exports.attendees.organisation'),
      t('exports.attendees.answer'),
      t('exports.attendees.since'),
    ],
    ...sorted.map((row) => [
      row.name,
      row.email,
      row.organisation,
      t('exports.attendees.answerValue', { answer: row.status }),
      row.since.toISOString(),
    ]),
  ];
  return `${BYTE_ORDER_MARK}${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** One answer as the organisers' spreadsheet lists it. */
export interface AttendeeRow {
  name: string;
  email: string;
  organisation: string;
  status: string;
  since: Date;
}

const ORDER = ['going', 'waitlisted', 'maybe', 'not_going'];

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
export function attendeesCsv(rows: AttendeeRow[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${safe.replaceAll('"', '""')}"`;
  };
  const sorted = [...rows].sort(
    (a, b) =>
      ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.since.getTime() - b.since.getTime(),
  );
  const lines = [
    ['Name', 'E-mail', 'Organisation', 'Answer', 'Since'],
    ...sorted.map((row) => [
      row.name,
      row.email,
      row.organisation,
      row.status.replace('_', ' '),
      row.since.toISOString(),
    ]),
  ];
  return `${BYTE_ORDER_MARK}${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

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
 * RFC 4180 CSV: quoted cells, CRLF rows. A cell that a spreadsheet would read as a formula
 * (=, +, -, @ first) gets a leading apostrophe, so a member's name cannot run in it.
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
  return `${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

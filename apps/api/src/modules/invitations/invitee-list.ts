import { Invitee, MAX_INVITEES } from '@praxis/contracts/invitations';
import { msg } from '@praxis/i18n/message-ref';

export interface InviteeRow {
  row: number;
  /** The line as written, for a problem found later (an address an admin has invited). */
  text: string;
  email: string;
  name: string;
  organisation: string;
}

export interface RejectedRow {
  row: number;
  text: string;
  /** A `msg`: the route answers it in the request's language. */
  reason: string;
}

const LOOKS_LIKE_EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+$/;

/**
 * Reads what an organiser pastes or uploads: e-mail addresses one per line or separated by
 * commas or semicolons, "Name <address>", or CSV rows name,email[,organisation] with an
 * optional header. Rows are numbered as the person sees them (from 1), so messages can point
 * at them; every row is either accepted or rejected with a reason.
 */
export function readInviteeList(text: string): {
  rows: InviteeRow[];
  rejected: RejectedRow[];
  tooMany: boolean;
} {
  const rows: InviteeRow[] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);

  lines.forEach((line, index) => {
    const row = index + 1;
    if (line.trim() === '') return;
    const fields = splitCsvLine(line);
    if (row === firstNonBlank(lines) && isHeader(fields)) return;

    const entries = fields.every((field) => LOOKS_LIKE_EMAIL.test(field) || field === '')
      ? fields.filter(Boolean).map((email) => ({ email, name: '', organisation: '' }))
      : fields.length === 1
        ? [nameAndAddress(fields[0] ?? '')]
        : fields.length <= 3
          ? [{ name: fields[0] ?? '', email: fields[1] ?? '', organisation: fields[2] ?? '' }]
          : null;
    if (!entries) {
      rejected.push({
        row,
        text: line,
        reason: msg('errors.invitations.rowFieldCount', { count: fields.length }),
      });
      return;
    }
    for (const entry of entries) {
      const parsed = Invitee.safeParse(entry);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const reason =
          issue?.path[0] === 'email'
            ? entry.email
              ? msg('errors.invitations.rowEmailInvalid', { email: entry.email })
              : msg('errors.invitations.rowEmailMissing')
            : (issue?.message ?? msg('errors.invitations.rowUnreadable'));
        rejected.push({ row, text: line, reason });
        continue;
      }
      const first = firstRowOf.get(parsed.data.email);
      if (first !== undefined) {
        rejected.push({
          row,
          text: line,
          reason: msg('errors.invitations.rowDuplicate', {
            email: parsed.data.email,
            first: String(first),
          }),
        });
        continue;
      }
      firstRowOf.set(parsed.data.email, row);
      rows.push({ row, text: line, ...parsed.data });
    }
  });
  return { rows, rejected, tooMany: rows.length > MAX_INVITEES };
}

function firstNonBlank(lines: string[]): number {
  return lines.findIndex((line) => line.trim() !== '') + 1;
}

function isHeader(fields: string[]): boolean {
  return fields.some((field) => /^e-?mail( address)?$/i.test(field));
}

/** "Amra Hadžić <amra@agency.ba>" → name and address; a bare address has no name. */
function nameAndAddress(field: string) {
  const match = /^(.*)<([^<>]+)>$/.exec(field);
  if (!match) return { email: field, name: '', organisation: '' };
  return {
    name: (match[1] ?? '').trim().replace(/^"|"$/g, ''),
    email: (match[2] ?? '').trim(),
    organisation: '',
  };
}

/** Splits a CSV line on commas, semicolons or tabs, honouring double quotes ("a, b" and ""). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === ',' || char === ';' || char === '\t') {
      fields.push(field.trim());
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field.trim());
  return fields;
}

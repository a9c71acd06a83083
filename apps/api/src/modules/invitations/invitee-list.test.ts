import { formatMsg } from '@praxis/i18n/translate';
import { describe, expect, it } from 'vitest';
import { readInviteeList } from './invitee-list.ts';

describe('readInviteeList', () => {
  it('reads one address per line, and several on a line separated by commas or semicolons', () => {
    const { rows, rejected } = readInviteeList(
      'amra@agency.ba\n\nJasmin@City.BA, lejla@canton.ba; emir@agency.ba\n',
    );
    expect(rows.map((row) => [row.row, row.email])).toEqual([
      [1, 'amra@agency.ba'],
      [3, 'jasmin@city.ba'],
      [3, 'lejla@canton.ba'],
      [3, 'emir@agency.ba'],
    ]);
    expect(rejected).toEqual([]);
  });

  it('reads CSV rows name,email[,organisation] with a header, quotes and a byte-order mark', () => {
    const { rows } = readInviteeList(
      '\uFEFFname,email,organisation\r\nAmra Hadžić,amra@agency.ba,"Canton Sarajevo, Ministry of Education"\r\n"Moreau, Claire",claire@region.fr\r\n',
    );
    expect(rows).toEqual([
      {
        row: 2,
        text: 'Amra Hadžić,amra@agency.ba,"Canton Sarajevo, Ministry of Education"',
        email: 'amra@agency.ba',
        name: 'Amra Hadžić',
        organisation: 'Canton Sarajevo, Ministry of Education',
      },
      {
        row: 3,
        text: '"Moreau, Claire",claire@region.fr',
        email: 'claire@region.fr',
        name: 'Moreau, Claire',
        organisation: '',
      },
    ]);
  });

  it('reads "Name <address>" as copied from a mail program', () => {
    const { rows } = readInviteeList('"Amra Hadžić" <amra@agency.ba>');
    expect(rows).toEqual([
      {
        row: 1,
        text: '"Amra Hadžić" <amra@agency.ba>',
        email: 'amra@agency.ba',
        name: 'Amra Hadžić',
        organisation: '',
      },
    ]);
  });

  it('rejects each bad row with a reason a person can act on, keeping the good ones', () => {
    const { rows, rejected } = readInviteeList(
      [
        'Amra,amra@agency.ba',
        'Jasmin,not-an-address',
        'Lejla,,Canton',
        'a,b@c.ba,d,e',
        'AMRA@agency.ba',
        'Emir\u0000,emir@agency.ba',
      ].join('\n'),
    );
    expect(rows.map((row) => row.email)).toEqual(['amra@agency.ba']);
    // Reasons are catalog keys until the route answers them; here, as English reads them.
    const english = rejected.map((row) => ({ ...row, reason: formatMsg('en', row.reason) }));
    expect(english).toEqual([
      {
        row: 2,
        text: 'Jasmin,not-an-address',
        reason: '“not-an-address” is not a valid e-mail address.',
      },
      { row: 3, text: 'Lejla,,Canton', reason: 'This row has no e-mail address.' },
      {
        row: 4,
        text: 'a,b@c.ba,d,e',
        reason: 'Expected name,email or name,email,organisation; this row has 4 fields.',
      },
      {
        row: 5,
        text: 'AMRA@agency.ba',
        reason: 'amra@agency.ba is listed twice; row 1 already invites them.',
      },
      {
        row: 6,
        text: 'Emir\u0000,emir@agency.ba',
        reason: 'A name cannot contain control characters.',
      },
    ]);
  });

  it('says when a list holds more people than one request may invite', () => {
    const text = Array.from({ length: 501 }, (_, index) => `p${index}@agency.ba`).join('\n');
    expect(readInviteeList(text).tooMany).toBe(true);
    expect(readInviteeList('a@agency.ba').tooMany).toBe(false);
  });
});

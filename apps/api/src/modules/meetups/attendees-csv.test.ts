import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetupsTestApp, type Person } from '../../testing/meetups-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';

const meetups = meetupsTestApp();
const { person, newSeries, propose, scheduled, rsvp } = meetups;
let t: TestApp;
let organiser: Person;
let amra: Person;
beforeAll(() => {
  ({ t, organiser, amra } = meetups.people);
});

describe('GET /api/meetups/:id/attendees.csv', () => {
  it('exports the attendees as CSV for organisers only, with formulas defused', async () => {
    const meetup = await scheduled(null, { cohortIds: [] });
    const tricky = await person({ name: '=HYPERLINK("http://evil.example","x")' });
    await rsvp(amra, meetup.id, 'going');
    await rsvp(tricky, meetup.id, 'maybe');
    const url = `/api/meetups/${meetup.id}/attendees.csv`;
    expect((await t.request({ method: 'GET', url, cookie: amra.cookie })).statusCode).toBe(403);
    const response = await t.request({ method: 'GET', url, cookie: organiser.cookie });
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('"Name","E-mail","Organisation","Answer","Since"');
    expect(lines[1]).toMatch(/^"Amra Hadžić","[^"]+@example\.org","","going","/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",.*"maybe"/);
  });

  it('starts the CSV with a UTF-8 byte-order mark, so a spreadsheet reads "Delić" as written', async () => {
    const meetup = await scheduled(null, { cohortIds: [] });
    const jasmin = await person({ name: 'Jasmin Delić' });
    await rsvp(jasmin, meetup.id, 'going');
    const response = await t.request({
      method: 'GET',
      url: `/api/meetups/${meetup.id}/attendees.csv`,
      cookie: organiser.cookie,
    });
    const bytes = new Uint8Array(response.rawPayload);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // As Excel opens a CSV: UTF-8 when the byte-order mark says so, else the Windows code page.
    const asExcelReads = (file: Uint8Array) =>
      file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf
        ? new TextDecoder('utf-8', { ignoreBOM: false }).decode(file)
        : new TextDecoder('windows-1252').decode(file);
    const text = asExcelReads(bytes);
    expect(text.startsWith('"Name","E-mail","Organisation","Answer","Since"\r\n')).toBe(true);
    expect(text).toContain('"Jasmin Delić",');
    // The same file without the mark is what Excel garbled before.
    const withoutMark = asExcelReads(bytes.subarray(3));
    expect(withoutMark).not.toContain('Delić');
    expect(withoutMark).toContain('"Jasmin DeliÄ');
  });

  it('exports with an ASCII file name, and e-mails only as the profile would show them', async () => {
    const steward = await person({ handle: 'stew', name: 'Stew Steward' });
    const series = await newSeries({ cohortIds: [], organiserIds: [steward.id] });
    const poll = await propose(series.id, { title: 'Састанак Đurđevdan' });
    await t.request({
      method: 'POST',
      url: `/api/meetups/${poll.id}/schedule`,
      cookie: steward.cookie,
      payload: { slotId: poll.slots[0]?.id },
    });
    const shy = await createMember(t.database.db, {
      name: 'Shy Member',
      profile: { emailVisibility: 'organisers' },
    });
    const shyPerson = { id: shy.id, cookie: await t.signIn(shy.email, TEST_PASSWORD) };
    await rsvp(shyPerson, poll.id, 'going');
    const csv = await t.request({
      method: 'GET',
      url: `/api/meetups/${poll.id}/attendees.csv`,
      cookie: steward.cookie,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="durdevdan-attendees.csv"',
    );
    expect(csv.body).toContain('"Shy Member","",');
    const asOrganiser = await t.request({
      method: 'GET',
      url: `/api/meetups/${poll.id}/attendees.csv`,
      cookie: organiser.cookie,
    });
    expect(asOrganiser.body).toContain(`"Shy Member","${shy.email}",`);
  });

  it('writes the columns, the answers and the file name in the language of the request', async () => {
    const meetup = await scheduled(null, { cohortIds: [] });
    await rsvp(amra, meetup.id, 'going');
    const download = (language: string) =>
      t.request({
        method: 'GET',
        url: `/api/meetups/${meetup.id}/attendees.csv`,
        cookie: organiser.cookie,
        headers: { 'accept-language': language },
      });
    const french = await download('fr-FR,fr;q=0.9');
    const [header, row] = french.body.trim().split('\r\n');
    expect(header).toBe('"Nom","E-mail","Organisation","Réponse","Depuis"');
    expect(row).toMatch(/^"Amra Hadžić",.*,"je viens","/);
    expect(french.headers['content-disposition']).toMatch(/-participants\.csv"$/);
    const croatian = await download('hr');
    expect(croatian.body).toContain('"Ime i prezime","E-pošta","Organizacija","Odgovor","Od kada"');
    expect(croatian.body).toContain('"dolazim"');
    expect(croatian.headers['content-disposition']).toMatch(/-sudionici\.csv"$/);
  });
});

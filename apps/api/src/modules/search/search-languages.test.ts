import type { SearchPage } from '@praxis/contracts/search';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// One network where members write in English, French and Bosnian; every search runs over all of
// them at once.

let t: TestApp;
let cookie: string;
const thread: Record<string, ThreadDetail> = {};

async function post(payload: object) {
  const response = await t.request({ method: 'POST', url: '/api/threads', cookie, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

async function found(q: string) {
  const response = await t.request({
    method: 'GET',
    url: `/api/search?q=${encodeURIComponent(q)}`,
    cookie,
  });
  expect(response.statusCode, response.body).toBe(200);
  const page = response.json() as SearchPage;
  const names = new Map(Object.entries(thread).map(([name, { id }]) => [id, name]));
  return page.hits.map((hit) => names.get(hit.thread.id) ?? hit.thread.id);
}

beforeAll(async () => {
  t = await createTestApp();
  const member = await createMember(t.database.db, { handle: 'amra' });
  cookie = await t.signIn(member.email, TEST_PASSWORD);
  const story = (context: string, tried: string, happened: string, learned: string) => ({
    context,
    tried,
    happened,
    learned,
  });
  thread.englishFailure = await post({
    kind: 'failure',
    language: 'en',
    title: 'The old town pilot that nobody voted in',
    story: story(
      'A city of 80,000 set aside a share of its budget for residents to decide.',
      'Participatory budgeting, with voting only in person at the town hall.',
      'Four hundred people voted; the same associations as always.',
      'Open the vote online and in the libraries, and give it six weeks.',
    ),
  });
  thread.englishDiscussion = await post({
    kind: 'discussion',
    language: 'en',
    title: 'Rules for participatory budgeting',
    body: 'Who may propose a project, and who checks that it can be built?',
  });
  thread.englishQuestion = await post({
    kind: 'question',
    language: 'en',
    title: 'Budgeting a pilot with no line for it',
    body: 'Our finance office has no line for experiments.',
  });
  thread.frenchFailure = await post({
    kind: 'failure',
    language: 'fr',
    title: 'Le guichet unique qui n’a jamais ouvert',
    story: story(
      'Une préfecture voulait réunir ses démarches en un seul lieu.',
      'Un marché public avec un cahier des charges de deux cents pages.',
      'Un échec : le prestataire a livré en retard, puis le projet a été abandonné.',
      'Découper le marché et tester avec des usagers dès le premier mois.',
    ),
  });
  thread.frenchSuccess = await post({
    kind: 'success',
    language: 'fr',
    title: 'Des budgets participatifs dans les collèges',
    story: story(
      'Un département a confié une part de ses crédits aux élèves.',
      'Chaque collège a voté pour ses propres projets.',
      'Neuf collèges sur dix ont participé la première année.',
      'Les élèves ont appris comment se décide une dépense publique.',
    ),
  });
  thread.bosnianFailure = await post({
    kind: 'failure',
    language: 'bs',
    title: 'Zajednički šalter koji građani nisu koristili',
    story: story(
      'Saradnja između tri službe u općini, s budžetom za godinu dana.',
      'Otvorili smo šalter u zgradi općine i najavili ga na web stranici.',
      'Građani nisu znali za njega; poslije šest mjeseci smo ga zatvorili.',
      'Pitajte građane prije nego što otvorite novu uslugu.',
    ),
  });
  // Written without diacritics, as many people type on a phone.
  thread.bosnianQuestion = await post({
    kind: 'question',
    language: 'bs',
    title: 'Kako ugovoriti saradnju s opcinom?',
    body: 'Trebamo sporazum o razmjeni podataka sa opcinskim sluzbama.',
  });
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/search across languages', () => {
  it('finds "échec" written with its accent or without', async () => {
    // The story that says it comes first; "échec" also names every failure story.
    expect((await found('echec'))[0]).toBe('frenchFailure');
    expect((await found('échec'))[0]).toBe('frenchFailure');
    expect(await found('prefecture')).toEqual(['frenchFailure']);
    expect(await found('démarché')).toEqual(['frenchFailure']);
  });

  it('folds Bosnian letters both ways: "općin" finds "opcinom", "opcin" finds "općini"', async () => {
    expect((await found('općin')).sort()).toEqual(['bosnianFailure', 'bosnianQuestion']);
    expect((await found('opcin')).sort()).toEqual(['bosnianFailure', 'bosnianQuestion']);
    expect(await found('građani')).toEqual(['bosnianFailure']);
    expect(await found('gradani')).toEqual(['bosnianFailure']);
  });

  it('matches the start of a word: "saradnj" finds "saradnja" and "saradnju"', async () => {
    expect((await found('saradnj')).sort()).toEqual(['bosnianFailure', 'bosnianQuestion']);
  });

  it('reads French with its stemmer: "élève" finds "élèves"', async () => {
    expect(await found('élève')).toEqual(['frenchSuccess']);
    expect(await found('eleve')).toEqual(['frenchSuccess']);
  });

  it('finds the words of one query in every language they are written in', async () => {
    expect((await found('budget')).sort()).toEqual([
      'englishDiscussion',
      'englishFailure',
      'englishQuestion',
      'frenchSuccess',
    ]);
    expect(await found('budžet')).toEqual(['bosnianFailure']);
    const participatory = await found('budget participatif');
    expect(participatory).toContain('frenchSuccess');
    expect(participatory).toContain('englishDiscussion');
  });

  it('ranks the threads holding all the words first, then those holding most of them', async () => {
    const hits = await found('participatory budgeting failure');
    expect(hits[0]).toBe('englishFailure');
    expect(hits).toContain('englishDiscussion');
    // One word of three is not enough.
    expect(hits).not.toContain('englishQuestion');
    expect(hits).not.toContain('bosnianQuestion');
  });

  it('lets a word naming a kind find the threads of that kind, in any language', async () => {
    const failures = ['bosnianFailure', 'englishFailure', 'frenchFailure'];
    expect((await found('neuspjeh')).sort()).toEqual(failures);
    expect((await found('failures')).sort()).toEqual(failures);
    expect((await found('pitanje')).sort()).toEqual(['bosnianQuestion', 'englishQuestion']);
    expect((await found('récits')).sort()).toEqual([...failures, 'frenchSuccess'].sort());
    expect(await found('uspjeh')).toEqual(['frenchSuccess']);
    expect(await found('neuspjeh šalter')).toEqual(['bosnianFailure']);
  });

  it('leaves out the words after a minus', async () => {
    expect(await found('budget -pilot')).not.toContain('englishQuestion');
    expect(await found('budget -pilot')).toContain('frenchSuccess');
  });

  it('says which language each snippet is in, so that it is marked up in it', async () => {
    const response = await t.request({ method: 'GET', url: '/api/search?q=prestataire', cookie });
    const [hit] = (response.json() as SearchPage).hits;
    expect(hit).toMatchObject({ snippetLanguage: 'fr', thread: { language: 'fr' } });
  });

  it('finds nothing, without an error, for stop words alone', async () => {
    expect(await found('the of de la')).toEqual([]);
  });
});

describe('GET /api/threads/similar across languages', () => {
  it('suggests a thread in another language that shares a word with the title', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/similar?title=${encodeURIComponent('Saradnja s općinskim službama')}`,
      cookie,
    });
    const ids = response.json().threads.map((row: { id: string }) => row.id);
    expect(ids).toContain(thread.bosnianQuestion?.id);
  });
});

describe('GET /api/members by names with accents', () => {
  it('finds "Delić" by "Delic" and "Đurić" by "Duric", and the reverse', async () => {
    const db = t.database.db;
    const selma = await createMember(db, { name: 'Selma Delić' });
    const nikola = await createMember(db, { name: 'Nikola Duric' });
    await createMember(db, {
      name: 'Ana Đurić',
      profile: { expertise: ['javne nabavke'], bioLanguage: 'bs', bioSource: 'Radim u općini.' },
    });
    const names = async (q: string) => {
      const response = await t.request({
        method: 'GET',
        url: `/api/members?q=${encodeURIComponent(q)}`,
        cookie,
      });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().members as { name: string }[]).map((member) => member.name).sort();
    };
    expect(await names('Delic')).toEqual([selma.name]);
    expect(await names('delić')).toEqual([selma.name]);
    expect(await names('Duric')).toEqual(['Ana Đurić', nikola.name]);
    expect(await names('Đurić')).toEqual(['Ana Đurić', nikola.name]);
    expect(await names('nabavk')).toEqual(['Ana Đurić']);
    expect(await names('opcina')).toEqual(['Ana Đurić']);
  });
});

import type { ThreadDetail } from '@praxis/contracts/threads';
import type { MentionSuggestions } from '@praxis/contracts/writing';
import { createCohort, createMeetup, createMeetupSeries } from '@praxis/db/testing/factories';
import { describe, expect, it } from 'vitest';
import { chatTestApp, type Member } from '../../testing/chat-rest.ts';

const chat = chatTestApp();
type Writer = Member & { cookie: string };

/** Every member here is named "Quill …", so that one typed word finds them all. */
let named = 0;
function quill(role: 'member' | 'organiser' = 'member', deactivated = false) {
  named += 1;
  return chat.member({
    name: `Quill ${named} Test`,
    handle: `q${named}-writer`,
    role,
    deactivated,
  });
}
async function quillSignedIn() {
  named += 1;
  return chat.signedIn({ name: `Quill ${named} Test`, handle: `q${named}-writer` });
}

async function suggest(writer: Writer, query: string) {
  return chat.t.request({ method: 'GET', url: `/api/mentions?${query}`, cookie: writer.cookie });
}

async function handlesSuggested(writer: Writer, query: string): Promise<string[]> {
  const response = await suggest(writer, query);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as MentionSuggestions).members.map((member) => member.handle);
}

async function postThread(writer: Writer, cohortId: string | null) {
  const response = await chat.t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: writer.cookie,
    payload: { kind: 'discussion', title: 'Who has tried this?', body: 'Tell me.', cohortId },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

describe('GET /api/mentions', () => {
  it('finds members by the start of their handle or of a word of their name, handles first, never the writer', async () => {
    const writer = await quillSignedIn();
    const amra = await chat.member({ name: 'Amra Hadžić', handle: 'amrah' });
    const byName = await chat.member({ name: 'Selma Amrani', handle: 'selma-a' });
    const thread = await postThread(writer, null);
    expect(await handlesSuggested(writer, `q=amr&thread=${thread.id}`)).toEqual([
      amra.handle,
      byName.handle,
    ]);
    // Accents are optional, and the writer is never suggested to themselves.
    expect(await handlesSuggested(writer, `q=hadz&thread=${thread.id}`)).toEqual([amra.handle]);
    expect(await handlesSuggested(writer, `q=${writer.handle}&network=true`)).toEqual([]);
  });

  it('answers at most 8 members, with their name and picture', async () => {
    const writer = await quillSignedIn();
    for (let i = 0; i < 10; i += 1) await quill();
    const response = await suggest(writer, 'q=quill&network=true');
    const { members } = response.json() as MentionSuggestions;
    expect(members).toHaveLength(8);
    expect(members[0]).toEqual({
      handle: expect.any(String),
      name: expect.any(String),
      avatar: null,
    });
  });

  it('suggests for a cohort-only thread only its cohort and the organisers, and hides the thread from others', async () => {
    const writer = await quillSignedIn();
    const classmate = await quill();
    const outsider = await quillSignedIn();
    const organiser = await quill('organiser');
    const cohort = await createCohort(chat.t.database.db, { memberIds: [writer.id, classmate.id] });
    const thread = await postThread(writer, cohort.id);
    const suggested = await handlesSuggested(writer, `q=quill&thread=${thread.id}`);
    expect(suggested).toEqual(expect.arrayContaining([classmate.handle, organiser.handle]));
    expect(suggested).not.toContain(outsider.handle);

    const refused = await suggest(outsider, `q=quill&thread=${thread.id}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.message).toBe('This thread does not exist any more.');
  });

  it('suggests for a new thread in a cohort its members and the organisers; 404 to someone outside it', async () => {
    const writer = await quillSignedIn();
    const classmate = await quill();
    const outsider = await quillSignedIn();
    const organiser = await quill('organiser');
    const cohort = await createCohort(chat.t.database.db, { memberIds: [writer.id, classmate.id] });
    const suggested = await handlesSuggested(writer, `q=quill&cohort=${cohort.id}`);
    expect(suggested).toEqual(expect.arrayContaining([classmate.handle, organiser.handle]));
    expect(suggested).not.toContain(outsider.handle);
    const refused = await suggest(outsider, `q=quill&cohort=${cohort.id}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.message).toBe('This cohort does not exist (any more).');
  });

  it('suggests in a cohort room only the members of the room (organisers join rooms like anyone)', async () => {
    const classmate = await quill();
    const outsider = await quillSignedIn();
    await quill('organiser');
    const { viewer, room } = await chat.cohortWithRoom([classmate]);
    expect(await handlesSuggested(viewer, `q=quill&room=${room.id}`)).toEqual([classmate.handle]);
    const refused = await suggest(outsider, `q=quill&room=${room.id}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.message).toBe('This room does not exist, or you are not in it.');
  });

  it('suggests in a direct conversation only the people in it', async () => {
    const writer = await quillSignedIn();
    const partner = await quill();
    const other = await quillSignedIn();
    const opened = await chat.openDirect(writer.cookie, [partner.id]);
    expect(opened.statusCode, opened.body).toBe(201);
    const roomId = opened.json().id as string;
    expect(await handlesSuggested(writer, `q=quill&room=${roomId}`)).toEqual([partner.handle]);
    expect((await suggest(other, `q=quill&room=${roomId}`)).statusCode).toBe(404);
  });

  it('never suggests a deactivated member, even one who could read the thread', async () => {
    const writer = await quillSignedIn();
    const gone = await quill('member', true);
    const cohort = await createCohort(chat.t.database.db, { memberIds: [writer.id, gone.id] });
    const thread = await postThread(writer, cohort.id);
    expect(await handlesSuggested(writer, `q=${gone.handle}&thread=${thread.id}`)).toEqual([]);
    expect(await handlesSuggested(writer, `q=${gone.handle}&network=true`)).toEqual([]);
  });

  it('suggests for a meetup’s notes only who sees the meetup', async () => {
    const writer = await chat.signedIn({
      name: 'Quill Organiser',
      handle: 'quill-orga',
      role: 'organiser',
    });
    const classmate = await quill();
    const outsider = await quill();
    const cohort = await createCohort(chat.t.database.db, { memberIds: [classmate.id] });
    const series = await createMeetupSeries(chat.t.database.db, { cohortIds: [cohort.id] });
    const meetup = await createMeetup(chat.t.database.db, { seriesId: series.id });
    const suggested = await handlesSuggested(writer, `q=quill&meetup=${meetup.id}`);
    expect(suggested).toContain(classmate.handle);
    expect(suggested).not.toContain(outsider.handle);
  });

  it.each([
    [
      'no place',
      'q=am',
      'Say where you are writing: give exactly one of thread, room, meetup, cohort or network=true.',
    ],
    [
      'two places',
      `q=am&network=true&room=${crypto.randomUUID()}`,
      'Say where you are writing: give exactly one of thread, room, meetup, cohort or network=true.',
    ],
    ['nothing typed', 'q=&network=true', 'Type at least one letter after @ to find a member.'],
    ['a malformed id', 'q=am&thread=nope', 'Not a thread, room, meetup or cohort id.'],
  ])('refuses %s with a 400 that says what to send', async (_case, query, message) => {
    const writer = await quillSignedIn();
    const response = await suggest(writer, query);
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error)).toContain(message);
  });

  it('answers 401 to someone signed out', async () => {
    const response = await chat.t.request({
      method: 'GET',
      url: '/api/mentions?q=am&network=true',
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('POST /api/markdown/preview', () => {
  it('cooks the text as a post is stored: Markdown rendered, raw HTML dropped, mentions linked', async () => {
    const writer = await quillSignedIn();
    const amra = await chat.member({ name: 'Amra Preview', handle: 'amra-preview' });
    const response = await chat.t.request({
      method: 'POST',
      url: '/api/markdown/preview',
      cookie: writer.cookie,
      payload: { text: `**Hello** @${amra.handle} <script>alert(1)</script>` },
    });
    expect(response.statusCode, response.body).toBe(200);
    const { html } = response.json() as { html: string };
    expect(html).toContain('<strong>Hello</strong>');
    expect(html).toContain(`href="/members/${amra.handle}"`);
    expect(html).not.toContain('<script');
  });

  it('refuses a text longer than a body may be with a 400 naming the limit', async () => {
    const writer = await quillSignedIn();
    const response = await chat.t.request({
      method: 'POST',
      url: '/api/markdown/preview',
      cookie: writer.cookie,
      payload: { text: 'x'.repeat(20_001) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.text).toBe('The body has at most 20,000 characters.');
  });

  it('answers 401 to someone signed out', async () => {
    const response = await chat.t.request({
      method: 'POST',
      url: '/api/markdown/preview',
      payload: { text: 'hi' },
    });
    expect(response.statusCode).toBe(401);
  });
});

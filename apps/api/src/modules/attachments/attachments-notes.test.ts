import { randomBytes } from 'node:crypto';
import type { Attachment } from '@praxis/contracts/attachments';
import type { MeetupDetail } from '@praxis/contracts/meetups';
import { createMeetup, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let picture: Buffer;

async function person(role: 'member' | 'organiser' = 'member') {
  const member = await createMember(t.database.db, {
    handle: `notes-${randomBytes(4).toString('hex')}`,
    role,
  });
  return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

async function notesWithPicture(cookie: string, meetupId: string) {
  const upload = await t.request({
    method: 'POST',
    url: '/api/attachments?name=board.png',
    cookie,
    payload: picture,
    headers: { 'content-type': 'image/png' },
  });
  expect(upload.statusCode, upload.body).toBe(201);
  const file = upload.json() as Attachment;
  const saved = await t.request({
    method: 'PUT',
    url: `/api/meetups/${meetupId}/notes`,
    cookie,
    payload: { notes: 'What we learned.', attachmentIds: [file.id] },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect((saved.json() as MeetupDetail).notesAttachments.map((each) => each.id)).toEqual([file.id]);
  return file;
}

const statusOf = async (cookie: string, url: string) =>
  (await t.request({ method: 'GET', url, cookie })).statusCode;

beforeAll(async () => {
  t = await createTestApp();
  picture = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#123456' } })
    .png()
    .toBuffer();
});
afterAll(async () => {
  await t.close();
});

describe("a meetup notes' files", () => {
  it("are the organisers' draft before the meetup starts: members get 404, as for the notes", async () => {
    const organiser = await person('organiser');
    const member = await person();
    const meetup = await createMeetup(t.database.db);
    const file = await notesWithPicture(organiser.cookie, meetup.id);
    expect(await statusOf(organiser.cookie, file.url)).toBe(200);
    expect(await statusOf(member.cookie, file.url)).toBe(404);
    const seen = await t.request({
      method: 'GET',
      url: `/api/meetups/${meetup.id}`,
      cookie: member.cookie,
    });
    expect((seen.json() as MeetupDetail).notesAttachments).toEqual([]);
  });

  it('are read by every member who sees the meetup once it has started', async () => {
    const organiser = await person('organiser');
    const member = await person();
    const meetup = await createMeetup(t.database.db, {
      startsAt: new Date(Date.now() - 60 * 60 * 1000),
    });
    const file = await notesWithPicture(organiser.cookie, meetup.id);
    expect(await statusOf(member.cookie, file.url)).toBe(200);
    expect(await statusOf(member.cookie, file.thumbnailUrl ?? '')).toBe(200);
  });

  it("change with an edit: a file left out answers 404, another meetup's file is refused", async () => {
    const organiser = await person('organiser');
    const started = { startsAt: new Date(Date.now() - 60 * 60 * 1000) };
    const meetup = await createMeetup(t.database.db, started);
    const dropped = await notesWithPicture(organiser.cookie, meetup.id);
    const elsewhere = await notesWithPicture(
      organiser.cookie,
      (await createMeetup(t.database.db, started)).id,
    );
    const save = (attachmentIds: string[]) =>
      t.request({
        method: 'PUT',
        url: `/api/meetups/${meetup.id}/notes`,
        cookie: organiser.cookie,
        payload: { notes: 'Edited notes.', attachmentIds },
      });
    const refused = await save([elsewhere.id]);
    expect(refused.statusCode).toBe(400);
    expect(await statusOf(organiser.cookie, dropped.url)).toBe(200);

    const saved = await save([]);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as MeetupDetail).notesAttachments).toEqual([]);
    expect(await statusOf(organiser.cookie, dropped.url)).toBe(404);
    expect(await statusOf(organiser.cookie, elsewhere.url)).toBe(200);
  });
});

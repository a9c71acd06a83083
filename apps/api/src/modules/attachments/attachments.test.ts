import { randomBytes } from 'node:crypto';
import type { Attachment } from '@praxis/contracts/attachments';
import type { Reply, ThreadDetail } from '@praxis/contracts/threads';
import { attachmentQuotas, attachments } from '@praxis/db/schema/attachments';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { deleteExpiredUploads } from './attachments.service.ts';

let t: TestApp;
type Person = Awaited<ReturnType<typeof person>>;
let amra: Person;
let bruno: Person;
let outsider: Person;
let organiser: Person;
let cohortThread: ThreadDetail;
let photo: Buffer;

async function person(overrides: Parameters<typeof createMember>[1] = {}) {
  const handle = `att-${randomBytes(4).toString('hex')}`;
  const member = await createMember(t.database.db, { handle, ...overrides });
  return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

/** A phone photo: 40 × 20 pixels stored sideways (orientation 6), with a camera and a place. */
const phonePhoto = () =>
  sharp({ create: { width: 40, height: 20, channels: 3, background: '#c0392b' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PraxisPhone', Model: 'Secret Model 9', Orientation: '6' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '43/1 51/1 2/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '18/1 24/1 47/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

/** Whether EXIF bytes hold a GPS section: its pointer tag, 0x8825, in either byte order. */
const hasGpsSection = (exif: Buffer | undefined) =>
  !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));

const upload = (cookie: string, bytes: Buffer, name: string, type = 'application/octet-stream') =>
  t.request({
    method: 'POST',
    url: `/api/attachments?name=${encodeURIComponent(name)}`,
    cookie,
    payload: bytes,
    headers: { 'content-type': type },
  });

async function uploaded(cookie: string, bytes: Buffer, name: string, type?: string) {
  const response = await upload(cookie, bytes, name, type);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Attachment;
}

const fetchFile = (cookie: string, url: string) => t.request({ method: 'GET', url, cookie });

async function reply(cookie: string, threadId: string, attachmentIds: string[]) {
  const response = await t.request({
    method: 'POST',
    url: `/api/threads/${threadId}/replies`,
    cookie,
    payload: { body: 'Here is what we used.', attachmentIds },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Reply;
}

const storedRows = (uploaderId: string) =>
  t.database.db.select().from(attachments).where(eq(attachments.uploaderId, uploaderId));

async function pdf(pages: number) {
  const document = await PDFDocument.create();
  for (let page = 0; page < pages; page += 1) document.addPage();
  return Buffer.from(await document.save());
}

beforeAll(async () => {
  t = await createTestApp();
  amra = await person();
  bruno = await person();
  outsider = await person();
  organiser = await person({ role: 'organiser' });
  await createCohort(t.database.db, { memberIds: [outsider.id] });
  const cohortId = (await createCohort(t.database.db, { memberIds: [amra.id, bruno.id] })).id;
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: amra.cookie,
    payload: { kind: 'discussion', title: 'Our cohort pilots', body: 'Photos please.', cohortId },
  });
  expect(response.statusCode, response.body).toBe(201);
  cohortThread = response.json();
  photo = await phonePhoto();
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/attachments', () => {
  it('stores a photo upright, re-encoded without its GPS position or camera, with a thumbnail', async () => {
    const before = await sharp(photo).metadata();
    expect(before.exif?.includes('PraxisPhone')).toBe(true);
    expect(before.orientation).toBe(6);
    expect(hasGpsSection(before.exif)).toBe(true);

    const attachment = await uploaded(amra.cookie, photo, 'site visit.jpg', 'image/jpeg');
    expect(attachment).toMatchObject({
      kind: 'image',
      fileName: 'site visit.jpg',
      mediaType: 'image/jpeg',
      width: 20,
      height: 40,
      pageCount: null,
      url: `/api/attachments/${attachment.id}`,
      thumbnailUrl: `/api/attachments/${attachment.id}/thumbnail`,
    });
    const [row] = await t.database.db
      .select()
      .from(attachments)
      .where(eq(attachments.id, attachment.id));
    if (!row) throw new Error('no stored row');
    const stored = await sharp(row.content).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect(row.content.includes('PraxisPhone')).toBe(false);
    expect(row.content.includes('Exif\0\0')).toBe(false);
    expect(row.content.equals(photo)).toBe(false);
    expect((await sharp(row.thumbnail ?? Buffer.alloc(0)).metadata()).format).toBe('webp');
  });

  it('refuses a file named .png that is not a picture, and stores nothing', async () => {
    const member = await person();
    const response = await upload(
      member.cookie,
      Buffer.from('just some notes'),
      'chart.png',
      'image/png',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'This file is not a picture Praxis can read, whatever its name says. Attach a JPEG, PNG or WebP picture, or a PDF.',
    );
    expect(await storedRows(member.id)).toEqual([]);
  });

  it('refuses a file that is neither a picture nor a PDF', async () => {
    const response = await upload(amra.cookie, Buffer.from('a,b\n1,2\n'), 'budget.csv', 'text/csv');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(
      /^Praxis accepts pictures \(JPEG, PNG, WebP\) and PDFs only/,
    );
  });

  it('keeps a PDF that parses, with its page count, and refuses one that does not', async () => {
    const good = await uploaded(amra.cookie, await pdf(3), 'report.pdf', 'application/pdf');
    expect(good).toMatchObject({ kind: 'pdf', pageCount: 3, thumbnailUrl: null });

    const broken = Buffer.from('%PDF-1.7\nthis is not a PDF at all\n%%EOF\n');
    const member = await person();
    const response = await upload(member.cookie, broken, 'broken.pdf', 'application/pdf');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^This PDF cannot be read/);
    expect(await storedRows(member.id)).toEqual([]);
  });

  it('refuses a file over 10 MB with 413 and a message', async () => {
    const response = await upload(amra.cookie, Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'big.pdf');
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toBe(
      'This file is larger than 10 MB. Attach a smaller copy (a smaller picture, a compressed PDF).',
    );
  });

  it("refuses with 429 once the member's day is used up, saying when to retry", async () => {
    const member = await person();
    const day = new Date().toISOString().slice(0, 10);
    await t.database.db
      .insert(attachmentQuotas)
      .values({ memberId: member.id, day, files: 50, bytes: 1000 });
    const response = await upload(member.cookie, photo, 'one more.jpg');
    expect(response.statusCode).toBe(429);
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(24 * 60 * 60);
    expect(response.json().error.message).toMatch(
      /^You have reached today's limit of 50 files or 200 MB of attachments\. You can attach more after midnight UTC/,
    );
    expect(await storedRows(member.id)).toEqual([]);
  });
});

describe('GET /api/attachments/:attachmentId', () => {
  it('serves an upload to its uploader only until it is attached', async () => {
    const attachment = await uploaded(amra.cookie, photo, 'draft.jpg');
    expect((await fetchFile(amra.cookie, attachment.url)).statusCode).toBe(200);
    expect((await fetchFile(bruno.cookie, attachment.url)).statusCode).toBe(404);
  });

  it("serves a cohort reply's picture to the cohort, and 404 to a member of another cohort", async () => {
    const attachment = await uploaded(amra.cookie, photo, 'pilot.jpg');
    const posted = await reply(amra.cookie, cohortThread.id, [attachment.id]);
    expect(posted.attachments.map((file) => file.id)).toEqual([attachment.id]);

    const seen = await fetchFile(bruno.cookie, attachment.url);
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['content-type']).toBe('image/jpeg');
    expect(seen.headers['cache-control']).toBe('private, no-cache');
    expect(seen.headers['x-content-type-options']).toBe('nosniff');
    expect((await fetchFile(bruno.cookie, attachment.thumbnailUrl ?? '')).statusCode).toBe(200);

    for (const url of [attachment.url, attachment.thumbnailUrl ?? '']) {
      const hidden = await fetchFile(outsider.cookie, url);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().error.message).toMatch(/^This file is not available/);
    }
  });

  it('answers 404 to everyone once the reply is deleted, and deletes the file with it', async () => {
    const attachment = await uploaded(amra.cookie, photo, 'gone.jpg');
    const posted = await reply(amra.cookie, cohortThread.id, [attachment.id]);
    const deleted = await t.request({
      method: 'DELETE',
      url: `/api/threads/${cohortThread.id}/replies/${posted.id}`,
      cookie: amra.cookie,
    });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json().attachments).toEqual([]);
    for (const viewer of [amra, bruno, organiser]) {
      expect((await fetchFile(viewer.cookie, attachment.url)).statusCode).toBe(404);
    }
    const rows = await t.database.db
      .select({ id: attachments.id })
      .from(attachments)
      .where(eq(attachments.id, attachment.id));
    expect(rows).toEqual([]);
  });

  it('sends a PDF as a download that runs nothing', async () => {
    const attachment = await uploaded(amra.cookie, await pdf(1), 'Plan "été".pdf');
    const response = await fetchFile(amra.cookie, attachment.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Plan _t_.pdf"; filename*=UTF-8''Plan%20%C3%A9t%C3%A9.pdf`,
    );
    expect(response.headers['content-security-policy']).toContain('sandbox');
  });
});

describe('attaching uploads to posts', () => {
  it("refuses another member's upload and writes no reply", async () => {
    const theirs = await uploaded(bruno.cookie, photo, 'bruno.jpg');
    const response = await t.request({
      method: 'POST',
      url: `/api/threads/${cohortThread.id}/replies`,
      cookie: amra.cookie,
      payload: { body: 'Borrowing this one.', attachmentIds: [theirs.id] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^Some of these files are not your uploads/);
    const page = await t.request({
      method: 'GET',
      url: `/api/threads/${cohortThread.id}/replies`,
      cookie: amra.cookie,
    });
    const bodies = (page.json().replies as Reply[]).map((row) => row.bodySource);
    expect(bodies).not.toContain('Borrowing this one.');
    expect((await fetchFile(amra.cookie, theirs.url)).statusCode).toBe(404);
  });

  it('an upload nobody attached is deleted after a day; attached files stay', async () => {
    const member = await person();
    await uploaded(member.cookie, photo, 'loose.jpg');
    const kept = await uploaded(member.cookie, photo, 'kept.jpg');
    const thread = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: member.cookie,
      payload: {
        kind: 'discussion',
        title: 'Pictures of our lab',
        body: 'See.',
        attachmentIds: [kept.id],
      },
    });
    expect(thread.statusCode, thread.body).toBe(201);
    expect((thread.json() as ThreadDetail).attachments.map((file) => file.id)).toEqual([kept.id]);
    await deleteExpiredUploads(t.database.db, new Date(Date.now() + 25 * 60 * 60 * 1000));
    const left = (await storedRows(member.id)).map((row) => row.id);
    expect(left).toEqual([kept.id]);
  });
});

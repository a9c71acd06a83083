import { randomBytes } from 'node:crypto';
import { memberAvatars } from '@praxis/db/schema/avatars';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let organiserCookie: string;
let jpeg: Buffer;
let png: Buffer;
let webp: Buffer;
let gif: Buffer;
let overFiveMegabytes: Buffer;

const solid = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } });

beforeAll(async () => {
  t = await createTestApp();
  const organiser = await createMember(t.database.db, { role: 'organiser' });
  organiserCookie = await t.signIn(organiser.email, TEST_PASSWORD);
  jpeg = await solid(1200, 800, '#c0392b').jpeg().toBuffer();
  png = await solid(300, 500, '#2980b9').png().toBuffer();
  webp = await solid(640, 480, '#27ae60').webp().toBuffer();
  gif = await solid(200, 200, '#8e44ad').gif().toBuffer();
  // Noise does not compress: an uncompressed PNG of it is larger than its 5.9 MB of pixels.
  const side = 1400;
  overFiveMegabytes = await sharp(randomBytes(side * side * 3), {
    raw: { width: side, height: side, channels: 3 },
  })
    .png({ compressionLevel: 0 })
    .toBuffer();
});
afterAll(async () => {
  await t.close();
});

/** A new member, signed in, with a handle to find their profile by. */
async function signedInMember(overrides: Parameters<typeof createMember>[1] = {}) {
  const handle = `pic-${randomBytes(4).toString('hex')}`;
  const member = await createMember(t.database.db, { handle, ...overrides });
  return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

const upload = (cookie: string | undefined, picture: Buffer, type = 'image/jpeg') =>
  t.request({
    method: 'PUT',
    url: '/api/profile/avatar',
    cookie,
    payload: picture,
    headers: { 'content-type': type },
  });

const fetchImage = (cookie: string | undefined, url: string) =>
  t.request({ method: 'GET', url, cookie });

const storedAvatar = async (memberId: string) => {
  const [row] = await t.database.db
    .select()
    .from(memberAvatars)
    .where(eq(memberAvatars.memberId, memberId));
  return row ?? null;
};

describe('PUT /api/profile/avatar', () => {
  it('stores a JPEG as a 64 × 64 and a 256 × 256 WebP and answers with their URLs', async () => {
    const member = await signedInMember();
    const response = await upload(member.cookie, jpeg);
    expect(response.statusCode).toBe(200);
    const { avatar } = response.json();
    expect(avatar.small).toMatch(new RegExp(`^/api/avatars/${member.id}/[\\w-]{12}/small$`));
    expect(avatar.large).toBe(avatar.small.replace(/small$/, 'large'));

    for (const [url, pixels] of [
      [avatar.small, 64],
      [avatar.large, 256],
    ] as const) {
      const image = await fetchImage(member.cookie, url);
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe('image/webp');
      const metadata = await sharp(image.rawPayload).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: pixels, height: pixels });
    }
  });

  it('turns a photo upright by its EXIF orientation and keeps none of its metadata', async () => {
    const member = await signedInMember();
    // Stored sideways: red on top, blue below; orientation 6 says "turn 90° clockwise to view".
    const sideways = await solid(1200, 800, '#ff0000')
      .composite([{ input: await solid(1200, 400, '#0000ff').png().toBuffer(), top: 400, left: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const { avatar } = (await upload(member.cookie, sideways)).json();

    const image = await fetchImage(member.cookie, avatar.large);
    const metadata = await sharp(image.rawPayload).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    const { data, info } = await sharp(image.rawPayload)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => {
      const at = (y * info.width + x) * info.channels;
      return [data[at], data[at + 1], data[at + 2]] as [number, number, number];
    };
    const [leftRed, , leftBlue] = pixel(20, 128);
    const [rightRed, , rightBlue] = pixel(235, 128);
    expect(leftBlue).toBeGreaterThan(200);
    expect(leftRed).toBeLessThan(60);
    expect(rightRed).toBeGreaterThan(200);
    expect(rightBlue).toBeLessThan(60);
  });

  it('judges the file by its content: a PNG sent as octet-stream and a WebP are accepted', async () => {
    const member = await signedInMember();
    expect((await upload(member.cookie, png, 'application/octet-stream')).statusCode).toBe(200);
    expect((await upload(member.cookie, webp, 'image/webp')).statusCode).toBe(200);
    const stored = await storedAvatar(member.id);
    expect((await sharp(stored?.small).metadata()).format).toBe('webp');
  });

  it('gives the picture a new version on every upload, and the old URLs answer 404', async () => {
    const member = await signedInMember();
    const first = (await upload(member.cookie, jpeg)).json().avatar;
    const second = (await upload(member.cookie, png, 'image/png')).json().avatar;
    expect(second.small).not.toBe(first.small);
    expect((await fetchImage(member.cookie, first.small)).statusCode).toBe(404);
    expect((await fetchImage(member.cookie, first.large)).statusCode).toBe(404);
    expect((await fetchImage(member.cookie, second.small)).statusCode).toBe(200);
  });

  it.each([
    ['a GIF', () => gif, 'application/octet-stream'],
    ['a GIF declared as image/gif', () => gif, 'image/gif'],
    [
      'an SVG declared as a PNG',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>'),
      'image/png',
    ],
    ['a text file declared as a JPEG', () => Buffer.from('not a picture at all\n'), 'image/jpeg'],
    ['a text file sent as text', () => Buffer.from('not a picture at all\n'), 'text/plain'],
    ['a truncated JPEG', () => jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'image/jpeg'],
    ['a JPEG header with nothing after it', () => jpeg.subarray(0, 3), 'image/jpeg'],
  ])(
    'refuses %s with 400 and says what to upload, writing nothing',
    async (_what, picture, type) => {
      const member = await signedInMember();
      const response = await upload(member.cookie, picture(), type);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'invalid',
        message: 'Upload a JPEG, PNG or WebP picture.',
      });
      expect(await storedAvatar(member.id)).toBeNull();
    },
  );

  it('refuses an empty body with 400', async () => {
    const member = await signedInMember();
    const response = await upload(member.cookie, Buffer.alloc(0));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('Upload a JPEG, PNG or WebP picture.');
  });

  it('refuses a small file that unpacks to more than 40 megapixels, before decoding it', async () => {
    const member = await signedInMember();
    const bomb = await solid(8000, 6000, '#ffffff').png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const response = await upload(member.cookie, bomb, 'image/png');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/at most 40 megapixels/);
    expect(await storedAvatar(member.id)).toBeNull();
  });

  it('refuses a file over 5 MB with 413 and keeps the picture the member had', async () => {
    const member = await signedInMember();
    const before = (await upload(member.cookie, jpeg)).json().avatar;
    expect(overFiveMegabytes.length).toBeGreaterThan(5 * 1024 * 1024);

    const response = await upload(member.cookie, overFiveMegabytes, 'image/png');
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'payload_too_large',
      message: 'A picture can be at most 5 MB.',
    });
    expect((await fetchImage(member.cookie, before.small)).statusCode).toBe(200);
    const profile = await t.request({ method: 'GET', url: '/api/profile', cookie: member.cookie });
    expect(profile.json().avatar).toEqual(before);
  });

  it('answers 401 to someone not signed in', async () => {
    const response = await upload(undefined, jpeg);
    expect(response.statusCode).toBe(401);
  });
});

describe('DELETE /api/profile/avatar', () => {
  it('removes the picture: the profile shows none and its URLs answer 404', async () => {
    const member = await signedInMember();
    const { avatar } = (await upload(member.cookie, jpeg)).json();

    const response = await t.request({
      method: 'DELETE',
      url: '/api/profile/avatar',
      cookie: member.cookie,
    });
    expect(response.statusCode).toBe(204);
    expect(await storedAvatar(member.id)).toBeNull();
    const profile = await t.request({ method: 'GET', url: '/api/profile', cookie: member.cookie });
    expect(profile.json().avatar).toBeNull();
    expect((await fetchImage(member.cookie, avatar.small)).statusCode).toBe(404);
  });

  it('answers 204 when there is no picture to remove, and 401 to someone not signed in', async () => {
    const member = await signedInMember();
    const request = (cookie?: string) =>
      t.request({ method: 'DELETE', url: '/api/profile/avatar', cookie });
    expect((await request(member.cookie)).statusCode).toBe(204);
    expect((await request()).statusCode).toBe(401);
  });
});

describe('GET /api/avatars/:memberId/:version/:size', () => {
  it('serves the picture privately, kept by the browser but revalidated on each use by its ETag', async () => {
    const member = await signedInMember();
    const { avatar } = (await upload(member.cookie, jpeg)).json();
    const viewer = await signedInMember();

    const image = await fetchImage(viewer.cookie, avatar.small);
    expect(image.statusCode).toBe(200);
    expect(image.headers['cache-control']).toBe('private, no-cache');
    const etag = image.headers.etag;
    expect(etag).toMatch(/^".+"$/);

    const again = await t.request({
      method: 'GET',
      url: avatar.small,
      cookie: viewer.cookie,
      headers: { 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('answers 401 to someone not signed in: the network is closed', async () => {
    const member = await signedInMember();
    const { avatar } = (await upload(member.cookie, jpeg)).json();
    const response = await fetchImage(undefined, avatar.small);
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/application\/json/);
  });

  it('answers 404 for a member without a picture, and 400 for a size that does not exist', async () => {
    const member = await signedInMember();
    const missing = await fetchImage(member.cookie, `/api/avatars/${member.id}/abcdefghijkl/small`);
    expect(missing.statusCode).toBe(404);
    const { avatar } = (await upload(member.cookie, jpeg)).json();
    const huge = await fetchImage(member.cookie, avatar.small.replace(/small$/, 'huge'));
    expect(huge.statusCode).toBe(400);
  });

  it("hides a deactivated member's picture from members but shows it to organisers", async () => {
    const member = await signedInMember();
    const { avatar } = (await upload(member.cookie, jpeg)).json();
    const viewer = await signedInMember();
    const cached = await fetchImage(viewer.cookie, avatar.small);
    expect(cached.statusCode).toBe(200);
    const deactivate = await t.request({
      method: 'POST',
      url: `/api/members/${member.handle}/deactivate`,
      cookie: organiserCookie,
    });
    expect(deactivate.statusCode).toBe(200);

    expect((await fetchImage(viewer.cookie, avatar.small)).statusCode).toBe(404);
    // The browser that kept the picture asks again, and is refused rather than told to reuse it.
    const revalidation = await t.request({
      method: 'GET',
      url: avatar.small,
      cookie: viewer.cookie,
      headers: { 'if-none-match': String(cached.headers.etag) },
    });
    expect(revalidation.statusCode).toBe(404);
    expect((await fetchImage(organiserCookie, avatar.small)).statusCode).toBe(200);
  });
});

describe('avatar URLs in profiles and the directory', () => {
  it('are shown on the profile, on one’s own profile and on directory cards', async () => {
    const tag = `portraits-${randomBytes(3).toString('hex')}`;
    const member = await signedInMember({
      name: 'Zofia Pictureholder',
      profile: { expertise: [tag] },
    });
    const { avatar } = (await upload(member.cookie, jpeg)).json();
    const viewer = await signedInMember();

    const profile = await t.request({
      method: 'GET',
      url: `/api/members/${member.handle}`,
      cookie: viewer.cookie,
    });
    expect(profile.json().avatar).toEqual(avatar);
    const own = await t.request({ method: 'GET', url: '/api/profile', cookie: member.cookie });
    expect(own.json().avatar).toEqual(avatar);

    for (const filter of ['q=pictureholder', `expertise=${tag}`]) {
      const directory = await t.request({
        method: 'GET',
        url: `/api/members?${filter}`,
        cookie: viewer.cookie,
      });
      expect(directory.json().members).toEqual([
        expect.objectContaining({ id: member.id, avatar }),
      ]);
    }
  });

  it('are null for a member without a picture', async () => {
    const member = await signedInMember();
    const viewer = await signedInMember();
    const profile = await t.request({
      method: 'GET',
      url: `/api/members/${member.handle}`,
      cookie: viewer.cookie,
    });
    expect(profile.json().avatar).toBeNull();
    const directory = await t.request({
      method: 'GET',
      url: '/api/members',
      cookie: viewer.cookie,
    });
    for (const card of directory.json().members) expect(card).toHaveProperty('avatar');
  });
});

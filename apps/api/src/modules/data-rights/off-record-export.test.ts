import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFTER_WINDOW, inSeconds, settle, signedInMember } from '../../testing/mail-inbox.ts';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// A member's copy of their data holds their own off-the-record words, and nobody else's: not the
// off-the-record reply they answered, nor a mail that told them of it.

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function post(cookie: string, url: string, payload: Record<string, unknown>) {
  const response = await t.request({ method: 'POST', url, cookie, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

/** Everything every area of member data exports for the member, as one text. */
async function exportOf(memberId: string) {
  const parts = [];
  for (const area of t.app.memberData.areas()) {
    parts.push(JSON.stringify(await area.export(t.database.db, memberId)));
  }
  return parts.join('\n');
}

describe('a data export and off-the-record posts', () => {
  it("holds the member's own off-the-record words, never another member's", async () => {
    const asha = await signedInMember(t, { name: 'Asha Exporter' });
    const bruno = await signedInMember(t, { name: 'Bruno Other' });
    const thread = await post(asha.cookie, '/api/threads', {
      kind: 'discussion',
      title: 'Reorganisation, between us',
      body: 'My own words: tapirology.',
      offRecord: true,
    });
    const theirs = await post(bruno.cookie, `/api/threads/${thread.id}/replies`, {
      body: 'Their words: okapination.',
      offRecord: true,
    });
    await post(asha.cookie, `/api/threads/${thread.id}/replies`, {
      body: 'My answer: dugongery.',
      replyToId: theirs.id,
      offRecord: true,
    });
    await settle(t.app, inSeconds(AFTER_WINDOW));
    await settle(t.app, inSeconds(AFTER_WINDOW + 600));

    const copy = await exportOf(asha.id);
    expect(copy).toContain('tapirology');
    expect(copy).toContain('dugongery');
    expect(copy).toContain('This post is off the record: read it in Praxis.');
    expect(copy).not.toContain('okapination');
    const brunosCopy = await exportOf(bruno.id);
    expect(brunosCopy).toContain('okapination');
    expect(brunosCopy).not.toContain('tapirology');
    expect(brunosCopy).not.toContain('dugongery');
  });
});

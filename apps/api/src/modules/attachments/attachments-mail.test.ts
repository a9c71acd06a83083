import type { Reply } from '@praxis/contracts/threads';
import { attachments } from '@praxis/db/schema/attachments';
import { translator } from '@praxis/i18n/translate';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplyTests } from '../../testing/inbound-mail.ts';

const en = translator('en');
let mail: Awaited<ReturnType<typeof startReplyTests>>;

beforeAll(async () => {
  mail = await startReplyTests();
});
afterAll(async () => {
  await mail?.close();
});

describe('attachments of a reply by e-mail', () => {
  it('attaches the pictures that pass the checks, stripped of their metadata, and notes what was left out', async () => {
    const thread = await mail.newThread(mail.asha.cookie);
    const photo = await sharp({
      create: { width: 30, height: 20, channels: 3, background: '#2980b9' },
    })
      .jpeg()
      .withExif({ IFD0: { Make: 'PraxisPhone' }, IFD3: { GPSLatitudeRef: 'N' } })
      .toBuffer();
    await mail.deliver({
      from: mail.selma.email,
      to: await mail.replyAddress(mail.selma.id, { threadId: thread.id }),
      text: 'Our wall after the workshop.',
      attachments: [
        { filename: 'wall.jpg', content: photo, contentType: 'image/jpeg' },
        { filename: 'notes.png', content: Buffer.from('not a picture'), contentType: 'image/png' },
      ],
    });

    const replies = (await mail.repliesIn(thread.id)) as Reply[];
    expect(replies.map((reply) => reply.bodySource)).toEqual([
      `Our wall after the workshop.\n\n${en('mail.reply.someAttachmentsLeftOut')}`,
    ]);
    const files = replies[0]?.attachments ?? [];
    expect(files.map((file) => [file.fileName, file.kind, file.width])).toEqual([
      ['wall.jpg', 'image', 30],
    ]);
    const [row] = await mail.t.database.db
      .select({ content: attachments.content })
      .from(attachments)
      .where(eq(attachments.id, files[0]?.id ?? ''));
    expect(row?.content.includes('PraxisPhone')).toBe(false);
    expect((await sharp(row?.content).metadata()).exif).toBeUndefined();

    const seen = await mail.t.request({
      method: 'GET',
      url: files[0]?.url ?? '',
      cookie: mail.asha.cookie,
    });
    expect(seen.statusCode).toBe(200);
  });
});

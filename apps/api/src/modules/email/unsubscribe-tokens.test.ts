import { UnsubscribeTopic } from '@praxis/contracts/email';
import { createMember } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sign } from '../../lib/signing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-tokens.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('unsubscribe tokens', () => {
  it('name the member and the topic they were made for, for every topic', async () => {
    const member = await createMember(t.database.db);
    for (const topic of UnsubscribeTopic.options) {
      const token = await unsubscribeToken(t.database.db, member.id, topic);
      expect(await readUnsubscribeToken(t.database.db, token)).toEqual({
        memberId: member.id,
        topic,
      });
    }
  });

  it('keep naming the same topic in links from old mails: the codes never change', async () => {
    const member = await createMember(t.database.db);
    const bytes = Buffer.from(member.id.replaceAll('-', ''), 'hex');
    const madeBefore = async (code: number) =>
      readUnsubscribeToken(
        t.database.db,
        await sign(t.database.db, 'unsubscribe', Buffer.concat([bytes, Buffer.from([code])])),
      );
    expect((await madeBefore(1))?.topic).toBe('own_thread_replies');
    expect((await madeBefore(5))?.topic).toBe('direct_messages');
    expect((await madeBefore(8))?.topic).toBe('weekly_digest');
    expect((await madeBefore(9))?.topic).toBe('daily_summary');
    expect(await madeBefore(0)).toBeNull();
    expect(await madeBefore(200)).toBeNull();
  });
});

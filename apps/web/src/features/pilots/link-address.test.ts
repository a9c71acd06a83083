import { describe, expect, it } from 'vitest';
import { linkTargetOf } from './link-address.ts';

const ID = '0b6f3c2e-1d4a-4f7b-9a61-2c8e5d7f9a10';

describe('linkTargetOf', () => {
  it('reads a thread, a lesson and a meetup from a full or a bare address', () => {
    expect(linkTargetOf(`https://praxis.example/threads/${ID}#reply-1`)).toEqual({
      link: { threadId: ID },
    });
    expect(linkTargetOf(`/library/${ID.toUpperCase()}`)).toEqual({ link: { lessonId: ID } });
    expect(linkTargetOf(` /meetups/${ID} `)).toEqual({ meetupId: ID });
  });

  it('refuses addresses that name nothing a pilot links to', () => {
    expect(linkTargetOf('/members/amra')).toBeNull();
    expect(linkTargetOf('/threads/new')).toBeNull();
  });
});

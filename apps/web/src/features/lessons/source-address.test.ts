import { describe, expect, it } from 'vitest';
import { sourceFromAddress } from './source-address.ts';

const THREAD = '0b6f8c2e-1d3a-4f5b-9c7d-2e4f6a8b0c1d';
const REPLY = '7a9b1c3d-5e7f-4a1b-8c2d-4e6f8a0b2c4d';
const MEETUP = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';

describe('sourceFromAddress', () => {
  it('reads a thread from its address, with or without the origin', () => {
    expect(sourceFromAddress(`https://praxis.example/threads/${THREAD}`)).toEqual({
      threadId: THREAD,
    });
    expect(sourceFromAddress(`/threads/${THREAD}?from=search`)).toEqual({ threadId: THREAD });
  });

  it('reads a reply from a thread address that points at it', () => {
    expect(sourceFromAddress(`https://praxis.example/threads/${THREAD}#reply-${REPLY}`)).toEqual({
      replyId: REPLY,
    });
    expect(sourceFromAddress(`/threads/${THREAD}?from=search#reply-${REPLY}`)).toEqual({
      replyId: REPLY,
    });
  });

  it('reads a meetup, whose notes are the source', () => {
    expect(sourceFromAddress(`https://praxis.example/meetups/${MEETUP}`)).toEqual({
      meetupId: MEETUP,
    });
  });

  it('reads nothing from other addresses', () => {
    expect(sourceFromAddress('https://praxis.example/threads/new')).toBeNull();
    expect(sourceFromAddress(`https://praxis.example/members/${THREAD}`)).toBeNull();
    expect(sourceFromAddress('the chatbot story')).toBeNull();
  });
});

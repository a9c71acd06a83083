import type { Author } from '@praxis/contracts/common';
import { describe, expect, it } from 'vitest';
import { roomStartLine } from './message-text.ts';

const person = (name: string): Author => ({
  id: crypto.randomUUID(),
  handle: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  role: 'member',
  avatar: null,
});

describe('roomStartLine', () => {
  it('names a direct conversation as the reader’s conversation with the others', () => {
    const room = {
      kind: 'direct' as const,
      title: 'Ana Laurent',
      members: [person('Ana Laurent')],
    };
    expect(roomStartLine(room, true)).toBe(
      'This is the start of your conversation with Ana Laurent.',
    );
    expect(roomStartLine(room, false)).toBe('No messages with Ana Laurent yet. Say hello!');
  });

  it('lists everyone in a group conversation', () => {
    const members = ['Ana Laurent', 'Marko Babić', 'Sara Novak'].map(person);
    const room = {
      kind: 'direct' as const,
      title: 'Ana Laurent, Marko Babić, Sara Novak',
      members,
    };
    expect(roomStartLine(room, true)).toBe(
      'This is the start of your conversation with Ana Laurent, Marko Babić and Sara Novak.',
    );
  });

  it('speaks of “this conversation” once everyone else has left', () => {
    const room = {
      kind: 'direct' as const,
      title: 'A conversation everyone else left',
      members: [],
    };
    expect(roomStartLine(room, true)).toBe('This is the start of this conversation.');
    expect(roomStartLine(room, false)).toBe('No messages in this conversation.');
  });

  it('names the network, cohort and meetup rooms as rooms', () => {
    const everyone = { kind: 'network' as const, title: 'Everyone', members: [] };
    expect(roomStartLine(everyone, true)).toBe('This is the start of the Everyone room.');
    const cohort = { kind: 'cohort' as const, title: 'La Transfo 2023', members: [] };
    expect(roomStartLine(cohort, false)).toBe(
      'No messages in the La Transfo 2023 room yet. Say hello!',
    );
  });
});
